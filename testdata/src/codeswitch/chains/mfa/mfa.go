// Package mfa keeps step-up sessions.
package mfa

import (
	"context"
	"errors"

	"codeswitch/chains/surepass"
)

// ErrUnavailable is returned when SurePassID cannot be reached.
var ErrUnavailable = errors.New("mfa: unavailable")

// ErrInvalid is returned for a rejected OTP.
var ErrInvalid = errors.New("mfa: invalid")

// Service checks sessions.
type Service struct {
	SP *surepass.Client
}

// CheckSession is fail-open itself: reported here.
func (s *Service) CheckSession(ctx context.Context, user, token string) error {
	r, err := s.SP.Validate(ctx, user, token)
	if err != nil {
		return ErrUnavailable
	}
	switch r.Result() { // want `fail-open switch over SurePassID return codes`
	case surepass.RcOtpInvalid, surepass.RcOtpReplay:
		return ErrInvalid
	case surepass.RcDatabaseError:
		return ErrUnavailable
	}
	return nil
}
