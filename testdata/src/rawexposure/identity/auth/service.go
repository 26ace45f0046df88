// Package auth is the sign-in service: it wraps the client's errors once,
// with %w, so that callers can still errors.As them.
package auth

import (
	"context"
	"fmt"

	"rawexposure/identity/spclient"
)

// Service signs users in with SurePassID OTPs.
type Service struct {
	SP *spclient.Client
}

// Session is a signed-in user.
type Session struct {
	User string
}

// Login validates the OTP and opens a session.
func (s *Service) Login(ctx context.Context, user, otp string) (*Session, error) { // want Login:`rawexposure\(result 1 raw errorMessage from spclient.do\)`
	if err := s.SP.ValidateOTP(ctx, user, otp); err != nil {
		return nil, fmt.Errorf("auth: login %s: %w", user, err)
	}
	return &Session{User: user}, nil
}

// StepUp re-validates an OTP for a sensitive operation.
func (s *Service) StepUp(ctx context.Context, sess *Session, otp string) error { // want StepUp:`rawexposure\(result 0 raw errorMessage from spclient.do\)`
	if err := s.SP.ValidateOTP(ctx, sess.User, otp); err != nil {
		return fmt.Errorf("auth: step-up: %w", err)
	}
	return nil
}
