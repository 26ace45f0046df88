// Package portal is a clinic portal's second-factor service: it reads
// results through the client's accessors and predicates.
package portal

import (
	"context"
	"errors"

	"codeswitch/verdicts/idp"
)

var (
	errUnavailable = errors.New("verification is unavailable right now")
	errReused      = errors.New("that code was already used")
	errExpired     = errors.New("your password has expired")
	errRejected    = errors.New("the code was not accepted")
)

type Service struct{ sp idp.Client }

// StepUp handles two codes with their own messages, then rejects every
// other failure with the envelope's predicate: fail-closed.
func (s *Service) StepUp(ctx context.Context, user, otp string) error {
	rep, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return errUnavailable
	}
	switch rep.Code() {
	case idp.OTPAlreadyUsed:
		return errReused
	case idp.PartnerUserLoginFailedPasswordExpired:
		return errExpired
	}
	if !rep.OK() {
		return errRejected
	}
	return nil
}

// Reverify is StepUp over the raw field, with the predicate written over
// the accessor: fail-closed.
func (s *Service) Reverify(ctx context.Context, user, otp string) error {
	rep, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return errUnavailable
	}
	if rep.Status == int32(idp.OTPAlreadyUsed) {
		return errReused
	}
	if !rep.Succeeded() {
		return errRejected
	}
	return nil
}

// Unlock reads the code once into a local: the predicate on the envelope
// still covers it: fail-closed.
func (s *Service) Unlock(ctx context.Context, user, pw string) (bool, error) {
	env, err := s.sp.ValidateUser(ctx, user, pw)
	if err != nil {
		return false, errUnavailable
	}
	switch env.Code() {
	case idp.AccountExpired, idp.PartnerUserLoginDisabled:
		return false, errRejected
	}
	if env.OK() {
		return true, nil
	}
	return false, nil
}

// Resume handles two codes and then trusts every other answer: reported.
func (s *Service) Resume(ctx context.Context, user, otp string) error {
	rep, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return errUnavailable
	}
	switch rep.Code() { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case idp.OTPAlreadyUsed:
		return errReused
	case idp.OTPInvalid:
		return errRejected
	}
	return nil
}
