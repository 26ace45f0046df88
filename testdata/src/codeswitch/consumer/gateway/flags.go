package gateway

import (
	"net/http"

	"codeswitch/consumer/authn"
)

// Enroll marks a bad OTP denied and tests the flag with the lockout after
// the switch: every other failure enrolls the device. Reported.
func (s *Server) Enroll(w http.ResponseWriter, r *http.Request, locked bool) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	denied := false
	switch code { // want `fail-open switch over SurePassID return codes`
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		denied = true
	}
	if denied || locked {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// EnrollStrict allows Success only, and tests the flag inside a larger
// condition: not reported.
func (s *Server) EnrollStrict(w http.ResponseWriter, r *http.Request, locked bool) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	allowed := false
	switch code {
	case authn.SP_SUCCESS:
		allowed = true
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		allowed = false
	}
	if locked || !allowed {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// EnrollAnd tests !(allowed && !locked): not reported.
func (s *Server) EnrollAnd(w http.ResponseWriter, r *http.Request, locked bool) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	var allowed bool
	switch code {
	case authn.SP_SUCCESS:
		allowed = true
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		http.Error(w, "wrong code", http.StatusUnprocessableEntity)
		return
	}
	if !(allowed && !locked) {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
