// Package web is a portal's OTP step. Its SurePassID responses embed
// codes.Envelope, as the codes package suggests, instead of declaring their
// own errorCode/errorMessage fields.
package web

import (
	"encoding/json"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

// validateResponse is SurePassID's answer to validate_oath_otp.
type validateResponse struct {
	codes.Envelope
}

// VerifyOTP relays the server's message: reported.
func VerifyOTP(w http.ResponseWriter, r *http.Request) {
	var resp validateResponse
	if err := json.NewDecoder(r.Body).Decode(&resp); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if resp.Failed() {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// VerifyOTPSafely shows the generic text for the code: not reported.
func VerifyOTPSafely(w http.ResponseWriter, r *http.Request) {
	var resp validateResponse
	if err := json.NewDecoder(r.Body).Decode(&resp); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if resp.Failed() {
		http.Error(w, codes.UserMessage(resp.ErrorCode), http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
