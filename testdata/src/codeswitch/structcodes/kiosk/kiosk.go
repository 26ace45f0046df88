// Package kiosk serves the lobby tablets; it reads the client's codes
// through an alias of its own and straight from the client's value.
package kiosk

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/structcodes/otpauth"
)

var rc = otpauth.RC

// Server answers the tablets.
type Server struct{ sp *otpauth.Client }

// Badge prints a visitor badge once the host's code checks out.
func (s *Server) Badge(w http.ResponseWriter, r *http.Request) {
	rep, err := s.sp.Validate(r.Context(), r.FormValue("host"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if rep.ErrorCode == rc.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if rep.ErrorCode == rc.Locked || rep.ErrorCode == rc.UserLocked {
		http.Error(w, "locked", http.StatusForbidden)
		return
	}
	w.Write([]byte("printing badge"))
}

// BadgeStrict refuses every code but Success.
func (s *Server) BadgeStrict(w http.ResponseWriter, r *http.Request) {
	rep, err := s.sp.Validate(r.Context(), r.FormValue("host"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if rep.ErrorCode == rc.OTPInvalid || rep.ErrorCode == rc.OTPAlreadyUsed {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if rep.ErrorCode != rc.Success {
		log.Printf("kiosk: code %d: %s", rep.ErrorCode, rep.ErrorMessage)
		http.Error(w, "refused", http.StatusForbidden)
		return
	}
	w.Write([]byte("printing badge"))
}

// Door opens the turnstile unless the code is one of the known refusals.
func (s *Server) Door(ctx context.Context, host, otp string) bool {
	rep, err := s.sp.Validate(ctx, host, otp)
	if err != nil {
		return false
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpauth.RC.OTPInvalid, otpauth.RC.OTPAlreadyUsed:
		return false
	case otpauth.RC.Locked:
		return false
	}
	return true
}

// refusals lists the codes that keep the turnstile shut.
var refusals = map[int]string{
	rc.OTPInvalid:     "wrong code",
	rc.OTPAlreadyUsed: "code already used",
	rc.Locked:         "locked",
}

// Gate looks the code up among the refusals; anything else opens.
func (s *Server) Gate(ctx context.Context, host, otp string) bool {
	rep, err := s.sp.Validate(ctx, host, otp)
	if err != nil {
		return false
	}
	if why, refused := refusals[rep.ErrorCode]; refused { // want `fail-open`
		log.Printf("kiosk: %s", why)
		return false
	}
	return true
}

// GateStrict opens on Success alone.
func (s *Server) GateStrict(ctx context.Context, host, otp string) bool {
	rep, err := s.sp.Validate(ctx, host, otp)
	if err != nil {
		return false
	}
	if why, refused := refusals[rep.ErrorCode]; refused || rep.ErrorCode != rc.Success {
		log.Printf("kiosk: %s (%d)", why, rep.ErrorCode)
		return false
	}
	return true
}

// Lobby logs the two refusals it knows and prints for every other answer,
// a backend failure among them.
func (s *Server) Lobby(w http.ResponseWriter, r *http.Request) {
	rep, err := s.sp.Validate(r.Context(), r.FormValue("host"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	err = rep.Err()
	if errors.Is(err, otpauth.ErrWrongCode) { // want `fail-open errors.Is chain over SurePassID return codes`
		log.Printf("kiosk: wrong code")
	} else if errors.Is(err, otpauth.ErrLocked) {
		log.Printf("kiosk: locked")
	} else {
		w.Write([]byte("printing badge"))
	}
}

// LobbyStrict prints only without an error.
func (s *Server) LobbyStrict(w http.ResponseWriter, r *http.Request) {
	rep, err := s.sp.Validate(r.Context(), r.FormValue("host"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	err = rep.Err()
	if errors.Is(err, otpauth.ErrWrongCode) {
		log.Printf("kiosk: wrong code")
	} else if err != nil {
		log.Printf("kiosk: refused: %v", err)
	} else {
		w.Write([]byte("printing badge"))
	}
}
