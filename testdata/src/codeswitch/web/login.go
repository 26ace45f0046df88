// Package web serves the sign-in form; it decides on surepass.Code, a type
// declared in another package.
package web

import (
	"encoding/json"
	"log"
	"net/http"

	"codeswitch/surepass"
)

// Server holds the handlers.
type Server struct {
	SurePass *surepass.Client
}

// VerifyOTP signs the user in unless the code is one of three.
func (s *Server) VerifyOTP(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SurePass.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "sign-in is unavailable", http.StatusBadGateway)
		return
	}
	switch resp.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more\)`
	case surepass.OTPInvalid, surepass.OTPAlreadyUsed:
		w.WriteHeader(http.StatusUnauthorized)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": "invalid code"})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: r.FormValue("user"), HttpOnly: true})
	http.Redirect(w, r, "/home", http.StatusSeeOther)
}

// Locked has a default that logs and signs in anyway.
func (s *Server) Locked(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SurePass.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "sign-in is unavailable", http.StatusBadGateway)
		return
	}
	switch resp.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall into a default that does not fail closed`
	case surepass.MaximumFailedOTPRequestsExceeded, surepass.BogusOTP:
		http.Error(w, "account locked", http.StatusForbidden)
		return
	case surepass.Success:
	default:
		log.Printf("surepass: %d %s", resp.Code, resp.Message)
	}
	http.Redirect(w, r, "/home", http.StatusSeeOther)
}

// Strict fails closed in its default: not reported.
func (s *Server) Strict(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SurePass.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "sign-in is unavailable", http.StatusBadGateway)
		return
	}
	switch resp.Code {
	case surepass.Success:
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	case surepass.OTPInvalid:
		http.Error(w, "invalid code", http.StatusUnauthorized)
	default:
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}
