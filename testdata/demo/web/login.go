// Package web holds the shop's HTTP handlers for the second sign-in step.
package web

import (
	"errors"
	"log"
	"net/http"

	"example.com/shop/surepass"
)

var errBadOTP = errors.New("invalid one-time code")

// Server serves the sign-in pages.
type Server struct {
	SurePass *surepass.Client
}

// verifyOTP decides whether the user passed the second factor.
func (s *Server) verifyOTP(r *http.Request, user string) error {
	resp, err := s.SurePass.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.Code {
	case surepass.OTPInvalid:
		return errBadOTP
	case surepass.OTPAlreadyUsed:
		return errBadOTP
	}
	return nil // signed in
}

// HandleOTP checks the code the user typed.
func (s *Server) HandleOTP(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	if err := s.verifyOTP(r, user); err != nil {
		log.Printf("otp for %s: %v", user, err)
		http.Error(w, "invalid one-time code", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}

// HandleResend texts the user a new code.
func (s *Server) HandleResend(w http.ResponseWriter, r *http.Request) {
	if err := s.SurePass.SendOTP(r.Context(), r.PostFormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
