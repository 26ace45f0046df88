// Package signin holds the support desk's sign-in handlers (chi routes
// over net/http): each asks SurePassID to check a one-time password or a
// push, and grants a session when it passed.
package signin

import (
	"encoding/json"
	"log"
	"net/http"
	"slices"

	"github.com/go-chi/chi/v5"

	"codeswitch/denyset/mfa"
)

// Sessions issues the desk's session cookies.
type Sessions interface {
	Grant(w http.ResponseWriter, user string)
}

// Server holds the handlers' dependencies.
type Server struct {
	MFA      mfa.Client
	Sessions Sessions
}

// Routes mounts the handlers.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Post("/signin/otp", s.verifyOTP)
	r.Post("/signin/push", s.approvePush)
	return r
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// otpRejected lists the answers that mean a wrong one-time password.
func otpRejected(o mfa.Outcome) bool {
	return o == mfa.OtpInvalid || o == mfa.BogusOtp || o == mfa.OtpAlreadyUsed
}

// verifyOTP rejects the codes otpRejected lists and grants a session for
// every other answer: a locked or disabled account signs in. Reported.
func (s *Server) verifyOTP(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if otpRejected(reply.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.Sessions.Grant(w, user)
	writeJSON(w, http.StatusOK, map[string]string{"status": "signed in"})
}

// approvePush ends the sign-in for the hard answers the client's method
// names (another package's predicate) and grants every other. Reported.
func (s *Server) approvePush(w http.ResponseWriter, r *http.Request) {
	user := chi.URLParam(r, "user")
	reply, err := s.MFA.Push(r.Context(), user)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if reply.ErrorCode.IsHard() { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "push refused", http.StatusForbidden)
		return
	}
	s.Sessions.Grant(w, user)
	writeJSON(w, http.StatusOK, map[string]string{"status": "approved"})
}

// hardFailures are the answers a kiosk treats as final.
var hardFailures = []mfa.Outcome{mfa.OtpInvalid, mfa.BogusOtp}

// isHardFailure looks the code up in the list.
func isHardFailure(o mfa.Outcome) bool {
	return slices.Contains(hardFailures, o)
}

// kiosk rejects the listed answers through a predicate over a list, and
// signs every other in. Reported.
func (s *Server) kiosk(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if isHardFailure(reply.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.Sessions.Grant(w, user)
}

// lockouts says which answers lock the desk's agents out.
var lockouts = map[mfa.Outcome]bool{
	mfa.MaxFailedOtpRequests: true,
	mfa.MaxUserAttempts:      true,
}

func lockedOut(o mfa.Outcome) bool { return lockouts[o] }

// agent rejects the lockouts through a predicate over a map of bools,
// and signs every other answer in. Reported.
func (s *Server) agent(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if lockedOut(reply.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "locked", http.StatusLocked)
		return
	}
	s.Sessions.Grant(w, user)
}

// supervisor allows only Success through a predicate: an allow list. Not
// reported.
func (s *Server) supervisor(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if !mfa.IsSuccess(reply.ErrorCode) {
		http.Error(w, "not verified", http.StatusUnauthorized)
		return
	}
	s.Sessions.Grant(w, user)
}

// reviewer answers the wrong codes with their own message, then rejects
// every other failure. Not reported.
func (s *Server) reviewer(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if otpRejected(reply.ErrorCode) {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if reply.ErrorCode != mfa.Success {
		http.Error(w, "not verified", http.StatusForbidden)
		return
	}
	s.Sessions.Grant(w, user)
}

// auditor only logs the hard answers, then rejects every failure. Not
// reported.
func (s *Server) auditor(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if reply.ErrorCode.IsHard() {
		log.Printf("hard failure %d for %s", reply.ErrorCode, user)
	}
	if !reply.OK() {
		http.Error(w, "not verified", http.StatusUnauthorized)
		return
	}
	s.Sessions.Grant(w, user)
}

// otpAccepted answers whether the one-time password went through: every
// answer but a wrong code. Its name says true accepts, and it does for a
// locked account: reported here, not at its callers, which trust it.
func otpAccepted(o mfa.Outcome) bool {
	return o != mfa.OtpInvalid && o != mfa.BogusOtp // want `fail-open predicate over SurePassID return codes: \d+ security-relevant codes answer accepted \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed`
}

// badge rejects only what otpAccepted refuses, the two wrong-code answers,
// and signs every other answer in. Reported at otpAccepted.
func (s *Server) badge(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if !otpAccepted(reply.ErrorCode) {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.Sessions.Grant(w, user)
}

// signedOff tells whether the device left no session behind: signed off,
// or already gone.
func signedOff(o mfa.Outcome) bool {
	return o == mfa.Success || o == mfa.DeviceNotFound
}

// retire fails for every answer but the two signedOff names, so a missing
// device counts as retired on purpose. Not reported.
func (s *Server) retire(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if !signedOff(reply.ErrorCode) {
		http.Error(w, "could not retire the device", http.StatusConflict)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "retired"})
}

// lobby logs every failure first, then rejects only the wrong codes and
// signs every other answer in: reported at the if that rejects.
func (s *Server) lobby(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if reply.ErrorCode != mfa.Success {
		log.Printf("lobby sign-in for %s: code %d", user, reply.ErrorCode)
	}
	if otpRejected(reply.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.Sessions.Grant(w, user)
}
