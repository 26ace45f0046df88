// Package web serves sign-in over HTTP. It sees the SurePassID adapter
// only to build it; the handlers talk to the port.
package web

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"rawexposure/ports/domain"
	"rawexposure/ports/spadapter"
)

// Server holds the port.
type Server struct {
	MFA domain.SecondFactor
}

// New wires the SurePassID adapter in.
func New(endpoint string) *Server {
	return &Server{MFA: &spadapter.Adapter{HTTP: http.DefaultClient, Endpoint: endpoint}}
}

// Verify writes the adapter's reason: the server's message.
func (s *Server) Verify(w http.ResponseWriter, r *http.Request) {
	chk, err := s.MFA.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("code"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusServiceUnavailable)
		return
	}
	if !chk.Approved {
		http.Error(w, chk.Reason, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from domain.Check.Reason\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// VerifyJSON writes the hint, and logs the reason: not reported.
func (s *Server) VerifyJSON(w http.ResponseWriter, r *http.Request) {
	chk, err := s.MFA.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("code"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusServiceUnavailable)
		return
	}
	if !chk.Approved {
		log.Printf("mfa refused %s: %s", r.FormValue("user"), chk.Reason)
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"approved": chk.Approved, "hint": chk.Hint})
}

// Refused shows a denial's reason.
func Refused(w http.ResponseWriter, err error) { // want Refused:"param 1 reaches the HTTP response"
	var d *domain.Denial
	if errors.As(err, &d) {
		_ = json.NewEncoder(w).Encode(map[string]string{"reason": d.Reason}) // want `raw SurePassID errorMessage \(from domain.Denial.Reason\) written to the HTTP response`
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"reason": "refused", "error": err.Error()})
}
