package handlers

import (
	"context"
	"net/http"

	"rawexposure/swagger/mfacodes"
)

// Portal serves the HTML sign-in pages.
type Portal struct {
	Auth *Auth
}

// Unlock rejects the OTP codes a closure lists and unlocks for the rest.
func (p *Portal) Unlock(w http.ResponseWriter, r *http.Request) {
	res, err := p.Auth.MFA.Verify(context.Background(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	rejected := func(code int64) bool {
		return code == mfacodes.OTP_INVALID || code == mfacodes.BOGUS_OTP || code == mfacodes.OTP_ALREADY_USED
	}
	if rejected(res.Code) { // want `fail-open if-else chain over SurePassID return codes`
		http.Redirect(w, r, "/otp?error=1", http.StatusSeeOther)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "mfa", Value: "unlocked"})
}

// UnlockAllowed lets only the codes an allow-list closure accepts in:
// quiet.
func (p *Portal) UnlockAllowed(w http.ResponseWriter, r *http.Request) {
	res, err := p.Auth.MFA.Verify(context.Background(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	accepted := func(c int64) bool { return c == mfacodes.SUCCESS }
	if !accepted(res.Code) {
		http.Redirect(w, r, "/otp?error=1", http.StatusSeeOther)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "mfa", Value: "unlocked"})
}

// UnlockSwapped reassigns its closure: no predicate, quiet.
func (p *Portal) UnlockSwapped(w http.ResponseWriter, r *http.Request) {
	res, err := p.Auth.MFA.Verify(context.Background(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	rejected := func(code int64) bool { return code == mfacodes.OTP_INVALID }
	if r.FormValue("strict") == "" {
		rejected = func(code int64) bool { return code != mfacodes.SUCCESS }
	}
	if rejected(res.Code) {
		http.Redirect(w, r, "/otp?error=1", http.StatusSeeOther)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "mfa", Value: "unlocked"})
}
