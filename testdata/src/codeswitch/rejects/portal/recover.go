package portal

import (
	"errors"
	"net/http"
	"net/url"

	"codeswitch/rejects/otpkit"
)

// Recover goes on only when the code is accepted; a locked account gets
// its own notice and every other refusal goes back to the form with the
// error in the query: the redirect carrying the error rejects, whatever
// its constant text says. Not reported.
func (p *Portal) Recover(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := p.Kiosk.Verify(r.Context(), user, r.FormValue("otp"))
	switch {
	case err == nil:
		p.grant(w, user)
		http.Redirect(w, r, "/recover/reset?e=sent", http.StatusSeeOther)
	case errors.Is(err, otpkit.ErrLockedOut):
		http.Redirect(w, r, "/recover?e="+url.QueryEscape("Your account is locked."), http.StatusSeeOther)
	case errors.Is(err, otpkit.ErrBackend):
		http.Redirect(w, r, "/recover?e="+url.QueryEscape("Recovery is temporarily unavailable."), http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/recover?e="+url.QueryEscape(err.Error()), http.StatusSeeOther)
	}
}

// Resume sends a used code back with its error and lets every other
// refusal fall through to the reset page: reported.
func (p *Portal) Resume(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := p.Kiosk.Verify(r.Context(), user, r.FormValue("otp"))
	if errors.Is(err, otpkit.ErrOTPUsed) { // want `fail-open`
		http.Redirect(w, r, "/recover?e="+url.QueryEscape(err.Error()), http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/recover/reset", http.StatusSeeOther)
}
