// Package signin signs shoppers in. It reaches its MFA vendor through an
// interface of its own; main wires in the client, from a package this one
// never imports.
package signin

import (
	"context"
	"errors"
	"fmt"

	"rawexposure/wired/spcodes"
)

// Verifier is the subset of the SurePassID client the service needs.
type Verifier interface {
	ValidateUser(ctx context.Context, user, password string) (int, string, error)
	ValidateOTP(ctx context.Context, user, otp string) (int, string, error)
}

// ErrRetry is the answer to a wrong code.
var ErrRetry = errors.New("the code was not accepted, please try again")

// RejectedError carries the vendor's answer.
type RejectedError struct {
	Code   int
	Reason string // want Reason:`rawexposure\(raw errorMessage from signin.RejectedError.Reason\)`
}

func (e *RejectedError) Error() string { return e.Reason } // want Error:`rawexposure\(result 0 raw errorMessage from signin.RejectedError.Reason\)`

// Decision is a payout approval's outcome.
type Decision struct {
	Approved bool
	Reason   string // want Reason:`rawexposure\(raw errorMessage from signin.Decision.Reason\)`
}

// Service signs shoppers in.
type Service struct{ sp Verifier }

// New wires v in.
func New(v Verifier) *Service { return &Service{sp: v} } // want New:`rawexposure\(result 0 from params 0\)`

// SignIn checks the password, then the OTP.
func (s *Service) SignIn(ctx context.Context, user, password, otp string) error { // want SignIn:`rawexposure\(result 0 raw errorMessage from signin.Verifier.ValidateUser\)`
	code, msg, err := s.sp.ValidateUser(ctx, user, password)
	if err != nil {
		return fmt.Errorf("validate user: %w", err)
	}
	if code != spcodes.Success {
		return &RejectedError{Code: code, Reason: msg}
	}
	code, _, err = s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return fmt.Errorf("validate otp: %w", err)
	}
	if code != spcodes.Success {
		return ErrRetry
	}
	return nil
}

// Approve confirms a payout with the OTP, keeping the vendor's reason.
func (s *Service) Approve(ctx context.Context, user, otp string) (Decision, error) { // want Approve:`rawexposure\(result 0 raw errorMessage from signin.Verifier.ValidateOTP\)` Approve:`result 0 raw only with Approved in false`
	code, msg, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Decision{}, err
	}
	if code != spcodes.Success {
		return Decision{Reason: msg}, nil
	}
	return Decision{Approved: true}, nil
}
