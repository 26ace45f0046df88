// Package signin is the web sign-in: it verifies the one-time password
// with the identity team's client and tests the sentinels it returns.
package signin

import (
	"errors"
	"log"
	"net/http"

	"codeswitch/rejects/mfa"
	"codeswitch/rejects/othermfa"
	"codeswitch/rejects/otpkit"
)

// Server serves the sign-in pages.
type Server struct {
	MFA   *mfa.Client
	Kiosk *otpkit.Terminal
	Push  *othermfa.Client
}

func (s *Server) startSession(w http.ResponseWriter, user string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: user})
	w.WriteHeader(http.StatusNoContent)
}

// Login rejects a wrong and a reused code and signs in on any other
// answer, a lockout or a bypass attempt among them: reported.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	switch { // want `fail-open errors.Is switch over SurePassID return codes`
	case errors.Is(err, mfa.ErrOTPInvalid):
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	case errors.Is(err, mfa.ErrOTPReused):
		http.Error(w, "code already used", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// StepUp tests the sentinels in an if chain, then signs in: reported.
func (s *Server) StepUp(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if errors.Is(err, mfa.ErrLocked) { // want `fail-open errors.Is chain over SurePassID return codes`
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	} else if errors.Is(err, mfa.ErrBypass) {
		http.Error(w, "refused", http.StatusForbidden)
		return
	}
	s.startSession(w, user)
}

// Counter compares the error with the kit's sentinels: reported.
func (s *Server) Counter(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.Kiosk.Verify(r.Context(), user, r.FormValue("otp"))
	switch err { // want `fail-open error switch over SurePassID return codes`
	case otpkit.ErrOTPUsed, otpkit.ErrOTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	case otpkit.ErrLockedOut:
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	}
	s.startSession(w, user)
}

// Checked lists two sentinels, then refuses every other error: not
// reported.
func (s *Server) Checked(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if errors.Is(err, mfa.ErrOTPInvalid) {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if errors.Is(err, mfa.ErrOTPReused) {
		http.Error(w, "code already used", http.StatusUnauthorized)
		return
	}
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// Defaulted refuses every other error in its default: not reported.
func (s *Server) Defaulted(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	switch {
	case err == nil:
		s.startSession(w, user)
	case errors.Is(err, mfa.ErrLocked):
		http.Error(w, "locked", http.StatusTooManyRequests)
	default:
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}

// Passed returns every other error to the caller: not reported.
func (s *Server) Passed(r *http.Request) (string, error) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if errors.Is(err, mfa.ErrOTPInvalid) {
		return "", errors.New("wrong code")
	} else if err != nil {
		return "", err
	}
	return user, nil
}

// Logged lists two sentinels and only logs the others before refusing
// them too: not reported.
func (s *Server) Logged(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	switch {
	case errors.Is(err, mfa.ErrOTPInvalid), errors.Is(err, mfa.ErrOTPReused):
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	case err != nil:
		log.Printf("signin: %s: %v", user, err)
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// Approve tests the push vendor's errors, which stand for no SurePassID
// code: not reported.
func (s *Server) Approve(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.Push.Push(r.Context(), user)
	if errors.Is(err, othermfa.ErrDenied) {
		http.Error(w, "denied", http.StatusForbidden)
		return
	} else if errors.Is(err, othermfa.ErrTimeout) {
		http.Error(w, "timeout", http.StatusGatewayTimeout)
		return
	}
	s.startSession(w, user)
}
