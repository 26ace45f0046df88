// Package web serves the payroll portal's sign-in and payout pages,
// dispatching on gate's classifiers.
package web

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"codeswitch/classifiers/gate"
	"codeswitch/classifiers/policy"
)

// Server holds the portal's dependencies.
type Server struct {
	SP  gate.Client
	Log *slog.Logger
}

type otpForm struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// VerifyOTP refuses and resends what ForOTP says and lets Allow through:
// the codes ForOTP's table leaves out get Allow there, reported at its
// lookup. Not reported again here.
func (s *Server) VerifyOTP(w http.ResponseWriter, r *http.Request) {
	var in otpForm
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	ans, err := s.SP.ValidateOTP(r.Context(), in.User, in.OTP)
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch gate.ForOTP(ans.ErrorCode) {
	case gate.Refuse:
		http.Error(w, "that code did not work", http.StatusUnauthorized)
		return
	case gate.Resend:
		http.Error(w, "your code expired; we sent a new one", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Resync keeps the decision in a local and tests it with an if: the same
// fall-through as VerifyOTP's, the method's lookup's. Not reported.
func (s *Server) Resync(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	d := ans.Decision()
	if d == gate.Refuse || d == gate.Resend {
		http.Error(w, "that code did not work", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Session refuses and retries what ForSession says: the codes its table
// leaves out are refused there. Not reported, though another classifier
// over Decision (ForPayout) freezes codes this switch has no case for.
func (s *Server) Session(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateUser(r.Context(), r.FormValue("user"), r.FormValue("pw"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch gate.ForSession(ans.ErrorCode) {
	case gate.Refuse:
		http.Error(w, "please sign in again", http.StatusUnauthorized)
		return
	case gate.Resend:
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Payout handles only a refusal: the codes ForPayout itself freezes or
// retries (a locked account, a database error) take the payout's path.
// Reported.
func (s *Server) Payout(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	v := gate.ForPayout(ans.ErrorCode)
	switch v { // want `fail-open switch over SurePassID return codes: 4 security-relevant codes fall through unhandled \(PartnerUserLoginDisabled, DatabaseError, MaximumFailedOTPRequestsExceeded, SendOTPExpired\)`
	case gate.Refuse:
		http.Error(w, "payout refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// PayoutChecked is Payout's fail-closed twin: anything but Allow stops.
// Not reported.
func (s *Server) PayoutChecked(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if gate.ForPayout(ans.ErrorCode) != gate.Allow {
		s.Log.Info("payout refused", "code", ans.ErrorCode, "message", ans.ErrorMessage)
		http.Error(w, "payout refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Transfer tests ForPayout's answer in an if for a refusal only: a
// locked account is frozen by ForPayout and transfers here. Reported.
func (s *Server) Transfer(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if d := gate.ForPayout(ans.ErrorCode); d == gate.Refuse { // want `fail-open if-else chain over SurePassID return codes: 4 security-relevant codes fall through unhandled`
		http.Error(w, "transfer refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Reset refuses and freezes what ForReset says: the codes ForReset lists
// nowhere are its own finding. Not reported.
func (s *Server) Reset(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch gate.ForReset(ans.ErrorCode) {
	case gate.Freeze:
		http.Error(w, "account locked", http.StatusLocked)
		return
	case gate.Refuse:
		http.Error(w, "that code did not work", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Enroll denies what ForDevice denies: the codes ForDevice holds for a
// human (a disabled user, a locked account) enrol a device. Reported.
func (s *Server) Enroll(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch gate.ForDevice(ans.ErrorCode) { // want `fail-open switch over SurePassID return codes: 2 security-relevant codes fall through unhandled \(PartnerUserLoginDisabled, MaximumFailedOTPRequestsExceeded\)`
	case policy.Deny:
		http.Error(w, "enrolment refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// EnrollHeld is Enroll's fail-closed twin: held codes wait for review.
// Not reported.
func (s *Server) EnrollHeld(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch gate.ForDevice(ans.ErrorCode) {
	case policy.Deny:
		http.Error(w, "enrolment refused", http.StatusForbidden)
		return
	case policy.Hold:
		http.Error(w, "enrolment needs review", http.StatusAccepted)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Recover tests ForRecovery's answer: the codes ForRecovery lists nowhere
// are its own finding. Not reported.
func (s *Server) Recover(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if d := gate.ForRecovery(ans.ErrorCode); d == gate.Refuse || d == gate.Freeze {
		http.Error(w, "recovery refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Unlock refuses what ForUnlock refuses and retries what it resends: the
// codes ForUnlock freezes (a locked account, the bypass attempt) unlock
// the account. Reported.
func (s *Server) Unlock(w http.ResponseWriter, r *http.Request) {
	ans, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch gate.ForUnlock(ans.ErrorCode) { // want `fail-open switch over SurePassID return codes: 3 security-relevant codes fall through unhandled \(PartnerUserLoginDisabled, MaximumFailedOTPRequestsExceeded, PartnerUserLoginAttepmtedOTPByPass\)`
	case gate.Refuse:
		http.Error(w, "unlock refused", http.StatusForbidden)
		return
	case gate.Resend:
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
