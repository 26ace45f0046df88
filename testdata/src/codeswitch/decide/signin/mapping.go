package signin

import (
	"context"
	"errors"

	"codeswitch/decide/spapi"
)

// ErrBadOTP is returned for a wrong or reused code.
var ErrBadOTP = errors.New("signin: the code did not work")

// toErr maps the codes the user can act on to errors and returns nil for
// the others: its callers reject every other failure themselves. Not
// reported.
func toErr(code spapi.ReturnCode) error {
	switch code {
	case spapi.OTPInvalid, spapi.OTPAlreadyUsed, spapi.BogusOTP:
		return ErrBadOTP
	case spapi.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	}
	return nil
}

// Check maps the code, then rejects whatever else failed.
func (s *Service) Check(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if err := toErr(res.ErrorCode); err != nil {
		return err
	}
	if !res.OK() {
		return ErrDenied
	}
	return nil
}

// CheckCode does the same through a local code.
func (s *Service) CheckCode(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code := res.ErrorCode
	err = toErr(code)
	if err != nil {
		return err
	}
	s.Audit(user, code)
	if code != spapi.Success {
		return ErrDenied
	}
	return nil
}

// userError maps codes to errors for the API; one caller returns its nil
// as success. Reported.
func userError(res *spapi.Response) error {
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		return ErrBadOTP
	}
	return nil
}

// CheckAPI rejects the other failures itself.
func (s *Service) CheckAPI(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if err := userError(res); err != nil {
		return err
	}
	if res.Failed() {
		return ErrDenied
	}
	return nil
}

// CheckQuick trusts the mapping: every unlisted failure signs in.
func (s *Service) CheckQuick(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	return userError(res)
}

// ToError is exported: callers in other packages may take its nil for
// success. Reported.
func ToError(code spapi.ReturnCode) error {
	switch code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		return ErrBadOTP
	}
	return nil
}
