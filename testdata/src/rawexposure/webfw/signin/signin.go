// Package signin is the sign-in service of an iris site: it keeps
// SurePassID's return code in its errors for the logs, behind texts of
// its own.
package signin

import (
	"context"
	"errors"
	"fmt"

	"rawexposure/webfw/spauth"
)

// ErrUnavailable is the service's own text.
var ErrUnavailable = errors.New("sign-in is unavailable, please try again shortly")

// DeniedError is a refusal: Code is for the logs, the text is the same for
// every code.
type DeniedError struct {
	Code int
	Step string
}

func (e *DeniedError) Error() string { return "we could not sign you in at the " + e.Step + " step" } // want Error:`rawexposure\(reads fields Step\)`

// ProviderError reports the provider's own words: its text is raw.
type ProviderError struct {
	Code   int
	Detail string // want Detail:`rawexposure\(raw errorMessage from signin.ProviderError.Detail\)`
}

func (e ProviderError) Error() string { return fmt.Sprintf("provider said %s (%d)", e.Detail, e.Code) } // want Error:`rawexposure\(result 0 raw errorMessage from signin.ProviderError.Detail\)`

type Service struct {
	SP *spauth.Client
}

// Check refuses with a DeniedError whose text is fixed.
func (s *Service) Check(ctx context.Context, user, otp string) error { // want Check:`rawexposure\(result 0 raw return code from signin.Check \(not in its text\)\)`
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return ErrUnavailable
	}
	if res.ErrorCode != 0 {
		return &DeniedError{Code: res.ErrorCode, Step: "otp"}
	}
	return nil
}

// CheckWrapped wraps the same refusal: the text is still the service's.
func (s *Service) CheckWrapped(ctx context.Context, user, otp string) error { // want CheckWrapped:`rawexposure\(result 0 raw return code from signin.Check \(not in its text\)\)`
	if err := s.Check(ctx, user, otp); err != nil {
		return fmt.Errorf("otp step: %w", err)
	}
	return nil
}

// Explain refuses with the provider's words.
func (s *Service) Explain(ctx context.Context, user, otp string) error { // want Explain:`rawexposure\(result 0 raw errorMessage from signin.Explain\)`
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return ErrUnavailable
	}
	if res.ErrorCode != 0 {
		return ProviderError{Code: res.ErrorCode, Detail: res.ErrorMessage}
	}
	return nil
}
