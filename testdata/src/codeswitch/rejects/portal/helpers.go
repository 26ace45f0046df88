package portal

import (
	"fmt"
	"net/http"

	"codeswitch/rejects/otpkit"
)

// fail sends the user back to the login page with the reason.
func fail(w http.ResponseWriter, r *http.Request, reason string) {
	http.Redirect(w, r, fmt.Sprintf("/login?error=%s", reason), http.StatusSeeOther)
}

// welcome sends the user on to the page they asked for.
func welcome(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.FormValue("next"), http.StatusSeeOther)
}

// Helper refuses through fail, and welcomes every other code: reported.
func (p *Portal) Helper(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		fail(w, r, "unavailable")
		return
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid, otpkit.StatusOTPUsed:
		fail(w, r, "otp")
		return
	}
	p.grant(w, user)
	welcome(w, r)
}

// HelperClosed welcomes Success only: not reported.
func (p *Portal) HelperClosed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		fail(w, r, "unavailable")
		return
	}
	switch rep.ErrorCode {
	case otpkit.StatusSuccess:
		p.grant(w, user)
		welcome(w, r)
	case otpkit.StatusOTPInvalid:
		fail(w, r, "otp")
	default:
		fail(w, r, "refused")
	}
}
