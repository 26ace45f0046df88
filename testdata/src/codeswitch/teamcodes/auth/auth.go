// Package auth checks the second factor at sign-in.
package auth

import (
	"context"
	"errors"

	"codeswitch/teamcodes/spapi"
)

const (
	codeLoginFailed = 9001
	codeReplayed    = 9002
	codeInvalid     = 9003
	codeLocked      = 9015
)

var (
	ErrBadOTP = errors.New("invalid code")
	ErrLocked = errors.New("account locked")
)

// Service verifies codes.
type Service struct{ API *spapi.Client }

// Verify checks the user's OTP.
func (s *Service) Verify(ctx context.Context, user, otp string) error {
	resp, err := s.API.Do(ctx, spapi.Request{Type: "validate_oath_otp", Username: user, OTP: otp})
	if err != nil {
		return err
	}
	switch n, _ := resp.Code.Int64(); n { // want `fail-open switch over SurePassID return codes`
	case codeReplayed, codeInvalid:
		return ErrBadOTP
	case codeLocked:
		return ErrLocked
	}
	return nil
}

// Login checks the password.
func (s *Service) Login(ctx context.Context, user string) error {
	resp, err := s.API.Do(ctx, spapi.Request{Type: "validate_user", Username: user})
	if err != nil {
		return err
	}
	if n, _ := resp.Code.Int64(); n == codeLoginFailed { // want `fail-open if-else chain over SurePassID return codes`
		return ErrBadOTP
	} else if n == codeLocked {
		return ErrLocked
	}
	return nil
}
