// Package web holds the portal's second-factor handlers.
//
// A line ending in a "want" comment names the check that reports it under
// the example configuration in the repository's .golangci.yml.
package web

import (
	"errors"
	"log"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	"example.com/portal/idp"
	"example.com/portal/session"
)

var errBadOTP = errors.New("invalid one-time code")

// Server serves the sign-in pages.
type Server struct {
	IDP      *idp.Client
	Sessions *session.Store
}

// verifyOTP decides whether the user passed the second factor: it lists two
// failures and lets every other one sign the user in.
func (s *Server) verifyOTP(r *http.Request, user string) error {
	resp, err := s.IDP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.ErrorCode { // want codeswitch
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return errBadOTP
	}
	return nil // signed in
}

// verifyKiosk is the kiosk variant: the kiosk's gateway rejects every other
// failure before the response gets here, as the reason says.
func (s *Server) verifyKiosk(r *http.Request, user string) error {
	resp, err := s.IDP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.ErrorCode { //nolint:surepasslint // the kiosk gateway rejects every other failure upstream
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return errBadOTP
	}
	return nil
}

// verifyLegacy dispatches on the WCF endpoint's bare integers, a type
// surepasslint knows only from the codetypes setting.
func (s *Server) verifyLegacy(r *http.Request, user string) error {
	res, err := s.IDP.LegacyValidate(r.Context(), user, r.PostFormValue("otp"))
	if err != nil {
		return err
	}
	switch res { // want codeswitch
	case 9003, 9002:
		return errBadOTP
	}
	return nil
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

// HandleLegacyOTP is HandleOTP for accounts still on the WCF endpoint.
func (s *Server) HandleLegacyOTP(w http.ResponseWriter, r *http.Request) {
	if err := s.verifyLegacy(r, r.PostFormValue("user")); err != nil {
		http.Error(w, "invalid one-time code", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}

// HandleKioskOTP is HandleOTP for the kiosk.
func (s *Server) HandleKioskOTP(w http.ResponseWriter, r *http.Request) {
	if err := s.verifyKiosk(r, r.PostFormValue("user")); err != nil {
		http.Error(w, "invalid one-time code", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}

// HandleResend texts the user a new code and shows SurePassID's raw message
// when that fails.
func (s *Server) HandleResend(w http.ResponseWriter, r *http.Request) {
	if err := s.IDP.SendOTP(r.Context(), r.PostFormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want rawexposure
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// HandleStatus queues the raw outcome of a code check as a flash message.
func (s *Server) HandleStatus(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	resp, err := s.IDP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if resp.Failed() {
		s.Sessions.AddFlash(user, resp.ErrorMessage) // want rawexposure
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}
