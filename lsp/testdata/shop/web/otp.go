// Package web serves the shop's second sign-in step.
package web

import (
	"net/http"

	"example.com/shop/surepass"
)

// OTP checks one-time codes.
type OTP struct {
	SurePass *surepass.Client
}

// signedIn reports whether the response lets the user in.
func signedIn(resp *surepass.Response) bool {
	switch resp.Code {
	case surepass.OTPInvalid, surepass.OTPAlreadyUsed:
		return false
	}
	return true
}

// ServeHTTP checks the code the user typed.
func (h *OTP) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SurePass.ValidateOTP(r.Context(), r.PostFormValue("user"), r.PostFormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if !signedIn(resp) {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}
