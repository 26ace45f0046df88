// Package signin checks one-time passwords for the mobile app's sign-in
// and payment screens with the spreply client.
package signin

import (
	"context"
	"errors"

	"codeswitch/checked/spreply"
)

var (
	ErrUnreadable = errors.New("signin: unreadable answer")
	ErrWrongCode  = errors.New("signin: wrong code")
	ErrLocked     = errors.New("signin: locked")
	ErrDenied     = errors.New("signin: denied")
)

// Service holds the client.
type Service struct{ SP *spreply.Client }

// ConfirmTransfer rejects ranges of codes read through the parsing getter
// and lets every other code through: the lockouts and the unread ones
// confirm the transfer.
func (s *Service) ConfirmTransfer(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code, err := ans.Number()
	if err != nil {
		return ErrUnreadable
	}
	if code >= 9001 && code <= 9003 { // want `fail-open if-else chain over SurePassID return codes`
		return ErrWrongCode
	} else if code == int64(spreply.CodeTooManyFailedOTP) {
		return ErrLocked
	}
	return nil
}

// CancelTransfer is ConfirmTransfer's twin closed by the success predicate
// built on the same getter.
func (s *Service) CancelTransfer(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code, err := ans.Number()
	if err != nil {
		return ErrUnreadable
	}
	if code >= 9001 && code <= 9003 {
		return ErrWrongCode
	} else if code == int64(spreply.CodeTooManyFailedOTP) {
		return ErrLocked
	}
	if !ans.Succeeded() {
		return ErrDenied
	}
	return nil
}

// Transfer reads the code through the unguarded getter; the lockouts
// pass.
func (s *Service) Transfer(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code, err := ans.Int()
	if err != nil {
		return ErrUnreadable
	}
	if code == int64(spreply.CodeOTPInvalid) || code == int64(spreply.CodeOTPAlreadyUsed) { // want `fail-open if-else chain over SurePassID return codes`
		return ErrWrongCode
	}
	return nil
}

// Recall parses the json.Number in place and closes with the enum
// predicate.
func (s *Service) Recall(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	n, err := ans.Raw.Int64()
	if err != nil {
		return ErrUnreadable
	}
	switch n {
	case 9002, 9003:
		return ErrWrongCode
	case 9015, 9096:
		return ErrLocked
	}
	if !ans.Fine() {
		return ErrDenied
	}
	return nil
}

// Unlock reads the enum getter, then closes with the success predicate.
func (s *Service) Unlock(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	c := ans.Code()
	if c == spreply.CodeOTPAlreadyUsed {
		return ErrWrongCode
	} else if c == spreply.CodeUserLockout {
		return ErrLocked
	}
	if !ans.Succeeded() {
		return ErrDenied
	}
	return nil
}

// Resume switches over the comma-ok getter's code and lets the codes it
// does not list through.
func (s *Service) Resume(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code, ok := ans.Lookup()
	if !ok {
		return ErrUnreadable
	}
	switch code { // want `fail-open switch over SurePassID return codes`
	case 9002, 9003:
		return ErrWrongCode
	case 9096:
		return ErrLocked
	}
	return nil
}

// Reopen is Resume's twin closed by the comma-ok predicate.
func (s *Service) Reopen(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code, ok := ans.Lookup()
	if !ok {
		return ErrUnreadable
	}
	switch code {
	case 9002, 9003:
		return ErrWrongCode
	case 9096:
		return ErrLocked
	}
	if !ans.Accepted() {
		return ErrDenied
	}
	return nil
}
