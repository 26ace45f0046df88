// Package verify checks second factors for the portal.
package verify

import (
	"context"
	"errors"

	"rawexposure/oapienv/spclient"
)

// ErrRejected is what Strict returns for any failure.
var ErrRejected = errors.New("verify: rejected")

// Checker is the part of the client the service needs.
type Checker interface {
	CheckOTP(ctx context.Context, user, otp string) error
}

var _ Checker = (*spclient.Client)(nil)

// Service checks one-time passwords.
type Service struct{ C Checker }

// Check hands on the client's error.
func (s *Service) Check(ctx context.Context, user, otp string) error { // want Check:`result 0 raw errorMessage from spclient.CheckOTP`
	if err := s.C.CheckOTP(ctx, user, otp); err != nil {
		return err
	}
	return nil
}

// Strict hands on only its own error.
func (s *Service) Strict(ctx context.Context, user, otp string) error {
	if err := s.C.CheckOTP(ctx, user, otp); err != nil {
		return ErrRejected
	}
	return nil
}
