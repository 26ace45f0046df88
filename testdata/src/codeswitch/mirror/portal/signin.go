// Package portal holds the agency's sign-in handlers, which dispatch on
// spclient's Outcome and Step.
package portal

import (
	"errors"
	"net/http"

	"codeswitch/mirror/smsvendor"
	"codeswitch/mirror/spclient"
)

type server struct {
	sp  *spclient.Client
	sms smsvendor.Reply
}

func (s *server) startSession(w http.ResponseWriter, user string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: user})
}

// A deny-list over the mirror: LockedOut, NoSuchUser, Upstream and every
// unmapped code fall out into the session.
func (s *server) verifyOTP(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	switch res.Outcome { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and \d+ more\)`
	case spclient.WrongCode, spclient.Replayed:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// The same as an if-else chain.
func (s *server) stepUp(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if res.Outcome == spclient.LockedOut { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "locked", http.StatusForbidden)
		return
	} else if res.Outcome == spclient.WrongCode {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// One if with ||, then the session.
func (s *server) resume(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	o := res.Outcome
	if o == spclient.WrongCode || o == spclient.Replayed { // want `fail-open if-else chain over SurePassID return codes`
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// A tagless switch.
func (s *server) kiosk(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	switch { // want `fail-open switch over SurePassID return codes`
	case res.Outcome == spclient.NoSuchUser:
		http.Error(w, "unknown traveller", http.StatusNotFound)
		return
	case res.Outcome == spclient.WrongCode || res.Outcome == spclient.Replayed:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// The mapping function's step: StepStop, which every unmapped code gets,
// falls through.
func (s *server) gate(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	switch res.Step { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case spclient.StepRetry:
		http.Error(w, "try again", http.StatusUnauthorized)
		return
	case spclient.StepLock:
		http.Error(w, "locked", http.StatusForbidden)
		return
	}
	s.startSession(w, user)
}

var (
	ErrBadCode = errors.New("wrong code")
	ErrLocked  = errors.New("locked")
)

// ErrFor maps an outcome to an error; nil for every other outcome.
func ErrFor(o spclient.Outcome) error {
	switch o { // want `fail-open switch over SurePassID return codes`
	case spclient.WrongCode, spclient.Replayed:
		return ErrBadCode
	case spclient.LockedOut:
		return ErrLocked
	}
	return nil
}

// StatusFor maps an outcome to an HTTP status, 200 for the rest.
func StatusFor(o spclient.Outcome) int {
	switch o { // want `fail-open switch over SurePassID return codes`
	case spclient.WrongCode, spclient.Replayed:
		return http.StatusUnauthorized
	case spclient.LockedOut:
		return http.StatusLocked
	}
	return http.StatusOK
}

// denials is keyed by outcomes: a miss (LockedOut, Unmapped) proceeds.
var denials = map[spclient.Outcome]string{
	spclient.WrongCode: "wrong code",
	spclient.Replayed:  "that code was already used",
}

func (s *server) confirm(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	if msg, ok := denials[res.Outcome]; ok { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, msg, http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// accepted answers true for every outcome it does not list.
func accepted(o spclient.Outcome) bool {
	switch o { // want `fail-open switch over SurePassID return codes`
	case spclient.WrongCode, spclient.LockedOut:
		return false
	}
	return true
}
