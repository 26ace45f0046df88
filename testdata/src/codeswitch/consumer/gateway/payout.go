package gateway

import (
	"errors"
	"log"
	"net/http"

	"codeswitch/consumer/authn"
)

// Codes that stop a payout release, with the text shown for each.
var releaseBlocks = map[int]string{
	authn.SP_OTP_INVALID:      "The code you entered is not valid.",
	authn.SP_OTP_ALREADY_USED: "That code has already been used.",
	authn.SP_SEND_OTP_EXPIRED: "That code has expired.",
}

// blocked lists codes as a set.
var blocked = map[int]bool{
	authn.SP_OTP_INVALID:       true,
	authn.SP_OTP_ALREADY_USED:  true,
	authn.SP_USER_LOGIN_FAILED: true,
}

// accepted is an allow-list.
var accepted = map[int]bool{
	authn.SP_SUCCESS: true,
}

// ReleasePayout rejects the codes of a table and releases the payout for
// every other: a disabled user's code releases it. Reported.
func (s *Server) ReleasePayout(w http.ResponseWriter, r *http.Request) {
	code, msg, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if reason, rejected := releaseBlocks[code]; rejected { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, reason, http.StatusUnprocessableEntity)
		return
	}
	log.Printf("payout otp: %d %s", code, msg)
	w.WriteHeader(http.StatusNoContent)
}

// ReleaseBlocked looks the code up in a set. Reported.
func (s *Server) ReleaseBlocked(w http.ResponseWriter, r *http.Request) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if blocked[code] { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ReleaseTableThenCheck looks the text up in the table, then rejects every
// other failure: not reported.
func (s *Server) ReleaseTableThenCheck(w http.ResponseWriter, r *http.Request) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if reason, rejected := releaseBlocks[code]; rejected {
		http.Error(w, reason, http.StatusUnprocessableEntity)
		return
	}
	if code != authn.SP_SUCCESS {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ReleaseAllowed releases only the codes of an allow-list: not reported.
func (s *Server) ReleaseAllowed(w http.ResponseWriter, r *http.Request) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if _, ok := accepted[code]; !ok {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Describe looks the text up for an already failed code: no rejection,
// not reported.
func Describe(code int) string {
	if reason, ok := releaseBlocks[code]; ok {
		return reason
	}
	return "Something went wrong."
}

// Step is what the app does next.
type Step int

// outcomes maps the codes the app knows to its next step.
var outcomes = map[int]Step{
	authn.SP_SUCCESS:          0,
	authn.SP_OTP_INVALID:      1,
	authn.SP_OTP_ALREADY_USED: 2,
	authn.SP_SEND_OTP_EXPIRED: 1,
}

// NextStep lets the table decide the codes it lists and rejects every
// other: not reported.
func (s *Server) NextStep(r *http.Request) (Step, error) {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return 0, err
	}
	step, ok := outcomes[code]
	if !ok {
		return 0, errors.New("rejected")
	}
	return step, nil
}

// gate maps the codes the gate refuses to a step; 0 lets the badge in.
var gate = map[int]Step{
	authn.SP_SUCCESS:          0,
	authn.SP_OTP_INVALID:      1,
	authn.SP_OTP_ALREADY_USED: 2,
	authn.SP_SEND_OTP_EXPIRED: 1,
}

// Gate refuses the codes the table maps to a step and lets every other in:
// a disabled user's code lets the badge in. Reported.
func (s *Server) Gate(r *http.Request) error {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if st, ok := gate[code]; ok && st != 0 { // want `fail-open if-else chain over SurePassID return codes`
		return errors.New("refused")
	}
	return nil
}

// GateStrict lets in only what the table maps to 0: not reported.
func (s *Server) GateStrict(r *http.Request) error {
	code, _, err := s.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if st, ok := gate[code]; !ok || st != 0 {
		return errors.New("refused")
	}
	return nil
}
