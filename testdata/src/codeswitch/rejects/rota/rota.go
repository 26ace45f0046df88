// Package rota is the nurses' rota web app: forms posted, a flash message
// set in the session, and a redirect back to a page (post/redirect/get).
// A premium shift asks for a one-time password first; a flash of the
// failure and a redirect back to the list, where a verified code claims
// the shift, refuses the claim.
package rota

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/gorilla/sessions"

	"codeswitch/rejects/rotasp"
)

// App serves the rota pages.
type App struct {
	SP       *rotasp.Client
	Sessions sessions.Store
	Shifts   interface {
		Claim(ctx context.Context, shift, nurse string) error
		Swap(ctx context.Context, shift, from, to string) error
	}
}

// flash keeps msg for the next page the browser loads.
func (a *App) flash(w http.ResponseWriter, r *http.Request, msg string) {
	s, err := a.Sessions.Get(r, "rota")
	if err != nil {
		return
	}
	s.AddFlash(msg)
	_ = s.Save(r, w)
}

// Claim refuses a wrong and a reused code with a flash and a redirect
// back to the list, and claims the shift for any other answer, a lockout
// or a bypass attempt among them: reported.
func (a *App) Claim(w http.ResponseWriter, r *http.Request) {
	nurse, shift := r.FormValue("nurse"), r.PathValue("id")
	chk, err := a.SP.Verify(r.Context(), nurse, r.FormValue("otp"))
	if err != nil {
		a.flash(w, r, "We couldn't check your code, try again.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	switch chk.Verdict { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more\)`
	case rotasp.VerdictOTPInvalid, rotasp.VerdictOTPAlreadyUsed:
		a.flash(w, r, "That code isn't right.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	if err := a.Shifts.Claim(r.Context(), shift, nurse); err != nil {
		a.flash(w, r, "Someone else took that shift.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	a.flash(w, r, "Shift claimed.")
	http.Redirect(w, r, "/shifts", http.StatusSeeOther)
}

// Swap keeps the code in a local and refuses in an if-else chain, each
// branch redirecting back to the shift's own page: reported.
func (a *App) Swap(w http.ResponseWriter, r *http.Request) {
	shift := r.PathValue("id")
	chk, _ := a.SP.Verify(r.Context(), r.FormValue("nurse"), r.FormValue("otp"))
	back := "/shifts/" + shift
	if v := chk.Verdict; v == rotasp.VerdictSendOTPExpired { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes`
		a.flash(w, r, "That code has expired.")
		http.Redirect(w, r, back, http.StatusFound)
		return
	} else if v == rotasp.VerdictOTPInvalid {
		a.flash(w, r, "That code isn't right.")
		http.Redirect(w, r, back, http.StatusFound)
		return
	}
	if err := a.Shifts.Swap(r.Context(), shift, r.FormValue("nurse"), r.FormValue("to")); err != nil {
		slog.Error("swap", "shift", shift, "err", err)
	}
	a.flash(w, r, "Swap requested.")
	http.Redirect(w, r, back, http.StatusFound)
}

// Release refuses two codes, then every other failure with a check of
// OK() after the switch: quiet.
func (a *App) Release(w http.ResponseWriter, r *http.Request) {
	nurse, shift := r.FormValue("nurse"), r.PathValue("id")
	chk, err := a.SP.Verify(r.Context(), nurse, r.FormValue("otp"))
	if err != nil {
		a.flash(w, r, "We couldn't check your code, try again.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	switch chk.Verdict {
	case rotasp.VerdictOTPInvalid:
		a.flash(w, r, "That code isn't right.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	case rotasp.VerdictLocked:
		a.flash(w, r, "Too many attempts: ask your ward manager.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	if !chk.OK() {
		a.flash(w, r, "We couldn't verify you.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	_ = a.Shifts.Claim(r.Context(), shift, "")
	a.flash(w, r, "Shift released.")
	http.Redirect(w, r, "/shifts", http.StatusSeeOther)
}

// Cover refuses in the switch's default: quiet.
func (a *App) Cover(w http.ResponseWriter, r *http.Request) {
	nurse, shift := r.FormValue("nurse"), r.PathValue("id")
	chk, err := a.SP.Verify(r.Context(), nurse, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	switch chk.Verdict {
	case rotasp.VerdictSuccess:
	case rotasp.VerdictSendOTPExpired:
		a.flash(w, r, "That code has expired.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	default:
		a.flash(w, r, "That code isn't right.")
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	_ = a.Shifts.Claim(r.Context(), shift, nurse)
	http.Redirect(w, r, "/shifts", http.StatusSeeOther)
}

// Enroll sends an enrolled nurse on to the list: a success of another
// kind, not a refusal, so nothing is dispatched: quiet.
func (a *App) Enroll(w http.ResponseWriter, r *http.Request) {
	nurse := r.FormValue("nurse")
	chk, err := a.SP.Verify(r.Context(), nurse, r.FormValue("otp"))
	if err != nil || !chk.OK() && chk.Verdict != rotasp.VerdictAlreadyEnrolled {
		a.flash(w, r, "We couldn't verify you.")
		http.Redirect(w, r, "/enroll", http.StatusSeeOther)
		return
	}
	if chk.Verdict == rotasp.VerdictAlreadyEnrolled {
		http.Redirect(w, r, "/shifts", http.StatusSeeOther)
		return
	}
	a.flash(w, r, "Enrolled.")
	http.Redirect(w, r, "/shifts", http.StatusSeeOther)
}
