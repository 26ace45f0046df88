// Package selfservice is the portal's second-factor page.
package selfservice

import (
	"log"
	"net/http"
	"net/url"

	"rawexposure/loose/keyed/otpclient"
)

type Handler struct {
	OTP *otpclient.Client
}

// Verify checks the typed code.
func (h *Handler) Verify(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.OTP.CheckOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch code {
	case otpclient.CodeOK:
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	case otpclient.CodeOTPInvalid, otpclient.CodeOTPReplayed:
		http.Redirect(w, r, "/otp?error="+url.QueryEscape(msg), http.StatusSeeOther) // want `raw SurePassID errorMessage`
	default:
		log.Printf("otp check: code=%s message=%s", code, msg) // logged only
		http.Error(w, "denied", http.StatusForbidden)
	}
}
