package gateway

import (
	"errors"
	"log"
	"net/http"

	"codeswitch/consumer/authn"
)

// Confirm rejects a bad OTP and lets every other code of the client's error
// type post the transfer. Reported: Code is filled from the response's
// code in authn.
func (s *Server) Confirm(w http.ResponseWriter, r *http.Request) {
	if err := s.SP.Confirm(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		var apiErr *authn.APIError
		if !errors.As(err, &apiErr) {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		switch apiErr.Code { // want `fail-open switch over SurePassID return codes`
		case authn.SP_OTP_INVALID:
			http.Error(w, "wrong code", http.StatusUnprocessableEntity)
			return
		}
		log.Printf("confirm: code %d", apiErr.Code)
	}
	w.WriteHeader(http.StatusNoContent)
}

// ConfirmStrict rejects every code of the error: not reported.
func (s *Server) ConfirmStrict(w http.ResponseWriter, r *http.Request) {
	if err := s.SP.Confirm(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		var apiErr *authn.APIError
		if errors.As(err, &apiErr) {
			switch apiErr.Code {
			case authn.SP_OTP_INVALID:
				http.Error(w, "wrong code", http.StatusUnprocessableEntity)
				return
			}
		}
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
