// Package grants decides an OAuth consent after SurePassID's checks: a
// trusted device for first-party clients, and an OTP for payment scopes.
package grants

import (
	"net/http"
	"net/url"

	"codeswitch/oidc/spwire"
)

// Server answers the consent endpoints.
type Server struct {
	SP       spwire.Client
	Callback string
}

// deny sends the user back to the client with an OAuth error.
func (s *Server) deny(w http.ResponseWriter, r *http.Request, reason string) {
	q := url.Values{"error": {"access_denied"}, "error_description": {reason}}
	w.Header().Set("Location", s.Callback+"?"+q.Encode())
	w.WriteHeader(http.StatusForbidden)
}

// grant completes the consent.
func (s *Server) grant(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, s.Callback+"?code=issued", http.StatusFound)
}

// TrustedDevice handles one revocation code apart, then rejects every other
// failure through the envelope's predicate: fail-closed.
func (s *Server) TrustedDevice(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.CheckDevice(r.Context(), r.FormValue("sub"), r.FormValue("dt"))
	if err != nil {
		http.Error(w, "device check unavailable", http.StatusBadGateway)
		return
	}
	switch ans.Status() {
	case spwire.StatusSessionTokenInvalid:
		s.deny(w, r, "sign in again on this device")
		return
	}
	if ans.Bad() {
		s.deny(w, r, "untrusted device")
		return
	}
	s.grant(w, r)
}

// TrustedDeviceGood is the same with the positive predicate.
func (s *Server) TrustedDeviceGood(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.CheckDevice(r.Context(), r.FormValue("sub"), r.FormValue("dt"))
	if err != nil {
		http.Error(w, "device check unavailable", http.StatusBadGateway)
		return
	}
	if ans.Status() == spwire.StatusSessionTokenInvalid {
		s.deny(w, r, "sign in again on this device")
		return
	}
	if !ans.Good() {
		s.deny(w, r, "untrusted device")
		return
	}
	s.grant(w, r)
}

// PaymentScope rejects the wrong OTPs and grants everything else, a locked
// or disabled user included.
func (s *Server) PaymentScope(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.CheckOTP(r.Context(), r.FormValue("sub"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	switch ans.Status() { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and \d+ more\)`
	case spwire.StatusOTPInvalid, spwire.StatusBogusOTP:
		s.deny(w, r, "wrong code")
		return
	}
	s.grant(w, r)
}
