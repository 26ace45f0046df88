// Package scsweb is a member portal keeping its notices in an
// alexedwards/scs session: a handler puts one, the next page pops it into
// the template data.
package scsweb

import (
	"context"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/alexedwards/scs/v2"

	"rawexposure/webfw/spauth"
)

// Session keys. The notice keys are shown by the layout; the others are
// the portal's own state.
const (
	keyNotice  = "notice"
	keyErrFlag = "flash.error"
	keyUser    = "authUserID"
	keyStep    = "mfa_state"
)

var layout = template.Must(template.New("page").Parse(`<div class="notice">{{.Notice}}</div>{{.Body}}`))

type portal struct {
	sm  *scs.SessionManager
	sp  *spauth.Client
	log *slog.Logger
}

func (p *portal) page(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{"Notice": p.sm.PopString(r.Context(), keyNotice)}
	if err := layout.Execute(w, data); err != nil {
		p.log.Error("render", "err", err)
	}
}

// notify keeps a notice for the next page.
func (p *portal) notify(ctx context.Context, text string) {
	p.sm.Put(ctx, keyNotice, text)
}

func (p *portal) verifyOTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	user := p.sm.GetString(ctx, keyUser)
	res, err := p.sp.ValidateOTP(ctx, user, r.PostFormValue("otp"))
	switch {
	case err != nil:
		p.log.Error("validate_oath_otp", "err", err)
		p.sm.Put(ctx, keyErrFlag, "The verification service is unavailable.")
	case res.ErrorCode != 0:
		// The step is the portal's own state, never rendered.
		p.sm.Put(ctx, keyStep, res.ErrorMessage)
		p.sm.Put(ctx, keyErrFlag, res.ErrorMessage) // want `raw SurePassID errorMessage .*session message shown on a later page`
	default:
		p.sm.Put(ctx, keyUser, user)
		p.sm.Put(ctx, "flashSuccess", "Welcome back.")
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (p *portal) stepUp(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if err := p.sp.Verify(ctx, p.sm.GetString(ctx, keyUser), r.PostFormValue("otp")); err != nil {
		p.notify(ctx, "Step-up failed: "+err.Error()) // want `raw SurePassID errorMessage .*session message shown on a later page \(a flash\) by scsweb.portal.notify`
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/transfers", http.StatusSeeOther)
}

func (p *portal) resend(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	res, err := p.sp.ValidateOTP(ctx, p.sm.GetString(ctx, keyUser), "")
	if err != nil || res.ErrorCode == 0 {
		return
	}
	p.sm.Put(ctx, "login_error", fmt.Sprintf("code %d", res.ErrorCode)) // want `raw SurePassID return code .*session message shown on a later page`
	// A key the portal computes is not known to be shown.
	p.sm.Put(ctx, r.URL.Path, res.ErrorMessage)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
