// Package wallet guards payouts with an OTP. Its handlers tell the
// failures the wallet UI shows apart with mfa's helpers over the error
// Verify returns; a failure no helper names must not pay out.
package wallet

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/errpreds/cardnet"
	"codeswitch/errpreds/mfa"
)

// Server pays out.
type Server struct {
	MFA *mfa.Client
	Pay func(ctx context.Context, user string) error
}

func (s *Server) payout(w http.ResponseWriter, r *http.Request, user string) {
	if err := s.Pay(r.Context(), user); err != nil {
		http.Error(w, "payout failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Withdraw names a lockout, a replay and a wrong OTP; a disabled user or
// a failed login is paid.
func (s *Server) Withdraw(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if mfa.IsLockout(err) { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	} else if mfa.IsReplayed(err) {
		http.Error(w, "code already used", http.StatusConflict)
		return
	} else if mfa.StatusOf(err) == mfa.StatusOTPInvalid {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}

// Transfer ends its chain on any other error: quiet.
func (s *Server) Transfer(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if mfa.IsLockout(err) {
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	} else if mfa.IsReplayed(err) {
		http.Error(w, "code already used", http.StatusConflict)
		return
	} else if mfa.StatusOf(err) == mfa.StatusOTPInvalid {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if err != nil {
		http.Error(w, "verification failed", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}

// Statement rejects every other error after its chain: quiet.
func (s *Server) Statement(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if mfa.IsLocked(err) {
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	} else if mfa.CodeOf(err) == 9003 {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if err != nil {
		http.Error(w, "verification failed", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}

// TopUp keeps the code in a local and asks the predicates first; a
// failed login tops up.
func (s *Server) TopUp(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	code := mfa.CodeOf(err)
	if mfa.IsBadOTP(err) { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if code == int(mfa.StatusUserDisabled) {
		http.Error(w, "account disabled", http.StatusForbidden)
		return
	}
	s.payout(w, r, user)
}

// Limits is a tagless switch of the same helpers and a local predicate.
func (s *Server) Limits(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	switch { // want `fail-open switch over SurePassID return codes`
	case mfa.IsLocked(err):
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	case dbDown(err):
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	case mfa.StatusOf(err) == mfa.StatusOTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}

// Close is Limits with a default that rejects: quiet.
func (s *Server) Close(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	switch {
	case mfa.IsLocked(err):
		http.Error(w, "locked", http.StatusTooManyRequests)
		return
	case mfa.StatusOf(err) == mfa.StatusOTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	case err != nil:
		http.Error(w, "verification failed", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}

// dbDown is this package's own predicate over the error.
func dbDown(err error) bool {
	var f *mfa.Failure
	if errors.As(err, &f) {
		return f.Status == mfa.StatusDatabaseError
	}
	return false
}

// Audit only logs what the helpers say: quiet.
func (s *Server) Audit(ctx context.Context, user, otp string, logf func(string, ...any)) error {
	err := s.MFA.Verify(ctx, user, otp)
	if mfa.IsLockout(err) {
		logf("lockout for %s", user)
	}
	return err
}

// Charge tells a card network's declines apart the same way; they are no
// SurePassID codes: quiet.
func (s *Server) Charge(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := cardnet.Authorize(r.Context(), r.FormValue("card"), 500)
	if cardnet.IsFraud(err) {
		http.Error(w, "card refused", http.StatusPaymentRequired)
		return
	} else if cardnet.CodeOf(err) == cardnet.Insufficient {
		http.Error(w, "insufficient funds", http.StatusPaymentRequired)
		return
	}
	s.payout(w, r, user)
}

// Unlock asks the client's own method first; a lockout unlocks.
func (s *Server) Unlock(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if s.MFA.Throttled(err) { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	} else if mfa.Reason(err) == mfa.StatusOTPInvalid {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}

// Rename is Unlock ending on any other error: quiet.
func (s *Server) Rename(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	err := s.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if s.MFA.Throttled(err) {
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	} else if mfa.Reason(err) == mfa.StatusOTPInvalid {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if err != nil {
		http.Error(w, "verification failed", http.StatusUnauthorized)
		return
	}
	s.payout(w, r, user)
}
