// Package tunnel opens the VPN tunnel of a desktop agent after an OTP.
package tunnel

import (
	"context"
	"errors"

	"codeswitch/strcodes/idp"
	"codeswitch/strcodes/otpcodes"
)

var (
	errDenied = errors.New("one-time password rejected")
	errLocked = errors.New("account locked, try again later")
	errDown   = errors.New("authentication service unavailable")
)

// Service answers the agent.
type Service struct {
	IdP *idp.Client
}

// Open opens the tunnel unless the chain matched a refusal.
func (s *Service) Open(ctx context.Context, user, otp string) error {
	code, _, err := s.IdP.CheckOTP(ctx, user, otp)
	if err != nil {
		return errDown
	}
	if code == otpcodes.OTPInvalid { // want `fail-open if-else chain`
		return errDenied
	} else if code == otpcodes.BogusOTP || code == otpcodes.SendOTPExpired {
		return errDenied
	} else if otpcodes.Locked(code) {
		return errLocked
	}
	return nil
}

// Resume puts a predicate first.
func (s *Service) Resume(ctx context.Context, user, otp string) error {
	code, _, err := s.IdP.CheckOTP(ctx, user, otp)
	if err != nil {
		return errDown
	}
	if otpcodes.Locked(code) { // want `fail-open if-else chain`
		return errLocked
	} else if otpcodes.Replayed(code) {
		return errDenied
	}
	return nil
}

// Elevate is the fail-closed twin: the last link refuses every code but
// success.
func (s *Service) Elevate(ctx context.Context, user, otp string) error {
	code, _, err := s.IdP.CheckOTP(ctx, user, otp)
	if err != nil {
		return errDown
	}
	if code == otpcodes.OTPAlreadyUsed {
		return errDenied
	} else if otpcodes.Locked(code) {
		return errLocked
	} else if code != otpcodes.OK {
		return errDenied
	}
	return nil
}
