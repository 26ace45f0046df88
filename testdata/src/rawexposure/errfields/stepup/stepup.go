// Package stepup asks for a one-time code before sensitive actions. Its
// errors keep SurePassID's own text for the logs beside a reason fit for
// users.
package stepup

import (
	"context"
	"errors"
	"fmt"

	"rawexposure/errfields/otpgate"
)

// Reasons shown to users.
var (
	ErrCodeRejected = errors.New("the code was not accepted") // want ErrCodeRejected:"wrapped sentinel"
	ErrTryLater     = errors.New("verification is unavailable, try again later")
)

// DenyError is a refusal: Reason is for users, the server's error for logs.
type DenyError struct {
	Reason   error
	upstream error
}

func (e *DenyError) Error() string { return e.Reason.Error() } // want Error:"reads fields Reason"

func (e *DenyError) Unwrap() error { return e.Reason } // want Unwrap:"reads fields Reason"

// Upstream is SurePassID's error, for logging.
func (e *DenyError) Upstream() error { return e.upstream } // want Upstream:"result 0 raw errorMessage from stepup.DenyError.upstream"

// AuditError is a refusal whose text tells the server's message too.
type AuditError struct {
	Reason   error
	upstream error
}

func (e *AuditError) Error() string { return e.Reason.Error() + ": " + e.upstream.Error() } // want Error:"result 0 raw errorMessage from stepup.AuditError.upstream"

// Verdict is the outcome of a step-up, with both texts exported.
type Verdict struct {
	Notice     string
	ServerText string // want ServerText:"raw errorMessage"
}

func (v Verdict) String() string { return v.Notice } // want String:"reads fields Notice"

// Trace is an error formatting its whole value.
type Trace struct {
	Step   string
	detail string
}

func (t Trace) Error() string { return t.describe() } // want Error:"result 0 raw errorMessage from stepup.Trace.detail"

func (t Trace) describe() string { return t.Step + ": " + t.detail }

func upstreamError(r otpgate.Reply) error {
	return fmt.Errorf("surepassid %d: %s", r.ErrorCode, r.ErrorMessage)
}

// Service runs the step-up.
type Service struct{ Gate *otpgate.Gate }

// Confirm returns a *DenyError when the code is refused.
func (s *Service) Confirm(ctx context.Context, user, otp string) error { // want Confirm:"result 0 raw errorMessage"
	r, err := s.Gate.Validate(ctx, user, otp)
	if err != nil {
		return ErrTryLater
	}
	if r.Rejected() {
		return &DenyError{Reason: ErrCodeRejected, upstream: upstreamError(r)}
	}
	return nil
}

// ConfirmLoud returns an *AuditError when the code is refused.
func (s *Service) ConfirmLoud(ctx context.Context, user, otp string) error { // want ConfirmLoud:"result 0 raw errorMessage"
	r, err := s.Gate.Validate(ctx, user, otp)
	if err != nil {
		return ErrTryLater
	}
	if r.Rejected() {
		return &AuditError{Reason: ErrCodeRejected, upstream: upstreamError(r)}
	}
	return nil
}

// Decide says what to show and what the server said.
func (s *Service) Decide(ctx context.Context, user, otp string) (Verdict, error) { // want Decide:"result 0 raw errorMessage"
	r, err := s.Gate.Validate(ctx, user, otp)
	if err != nil {
		return Verdict{}, ErrTryLater
	}
	if r.Rejected() {
		return Verdict{Notice: "The code was not accepted.", ServerText: r.ErrorMessage}, nil
	}
	return Verdict{Notice: "Confirmed."}, nil
}

// Explain returns a Trace of the refusal.
func (s *Service) Explain(ctx context.Context, user, otp string) error { // want Explain:"result 0 raw errorMessage"
	r, err := s.Gate.Validate(ctx, user, otp)
	if err != nil || !r.Rejected() {
		return err
	}
	return Trace{Step: "validate_otp", detail: r.ErrorMessage}
}
