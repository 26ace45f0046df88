package signin

import (
	"context"
	"errors"

	"codeswitch/decide/spapi"
)

// ErrLocked is returned while the account is locked out.
var ErrLocked = errors.New("signin: locked out")

// VerifyBand rejects the 90xx band only; the session codes (9100 and up)
// sign the user in. Reported.
func (s *Service) VerifyBand(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	code := res.ErrorCode
	switch { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerUserPasswordRecoveryInvalidorMissingRid`
	case code == 9015:
		return ErrLocked
	case code >= 9000 && code < 9100:
		return ErrDenied
	}
	return nil
}

// VerifyBands splits the codes into delivery failures, retried, and every
// other failure, rejected: not reported.
func (s *Service) VerifyBands(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch {
	case res.ErrorCode == 9012 || res.ErrorCode == 9031:
		return ErrRetryLater
	case res.ErrorCode >= 9000:
		return ErrDenied
	}
	return nil
}

// VerifyLow rejects the codes below 9050 and signs in the rest. Reported.
func (s *Service) VerifyLow(ctx context.Context, user, otp string) (bool, error) {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	if res.ErrorCode != 0 && res.ErrorCode < 9050 { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return false, ErrDenied
	}
	return true, nil
}

// VerifyThrottled tests the code together with a local count: no dispatch
// (the condition is not decided by the code alone), and the final check
// rejects every failure anyway. Not reported.
func (s *Service) VerifyThrottled(ctx context.Context, user, otp string, attempts int) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.ErrorCode >= 9000 && attempts > 3 {
		return ErrLocked
	}
	if res.ErrorCode != spapi.Success {
		return ErrDenied
	}
	return nil
}
