// Package stepup is the application's step-up service in front of the
// SurePassID client: Confirm passes on the client's error (whose text is
// SurePassID's raw message), Check returns the answer in a result struct.
package stepup

import (
	"context"
	"errors"

	"rawexposure/webfw/spauth"
)

// ErrBusy is the service's own error.
var ErrBusy = errors.New("step-up is busy, try again")

// Verifier is what the service needs of the client.
type Verifier interface {
	Verify(ctx context.Context, user, otp string) error
	ValidateOTP(ctx context.Context, user, otp string) (*spauth.OTPResult, error)
}

// Service runs step-up checks.
type Service struct{ V Verifier }

// Confirm checks an OTP; the error is the client's.
func (s *Service) Confirm(ctx context.Context, user, otp string) error { // want Confirm:"raw errorMessage"
	if user == "" {
		return ErrBusy
	}
	return s.V.Verify(ctx, user, otp)
}

// Result is a step-up answer: the decision and SurePassID's reply.
type Result struct {
	Passed bool
	Answer *spauth.OTPResult
}

// Check checks an OTP and keeps the reply.
func (s *Service) Check(ctx context.Context, user, otp string) (Result, error) {
	res, err := s.V.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Result{}, err
	}
	return Result{Passed: res.ErrorCode == 0, Answer: res}, nil
}
