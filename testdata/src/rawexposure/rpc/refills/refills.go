// Package refills approves prescription refills after an OTP step-up. A
// refused step-up is a *HoldError: the pharmacist-facing reason comes from
// a table, the code is SurePassID's, kept for the support screen.
package refills

import (
	"context"
	"errors"

	"rawexposure/rpc/spauth"
)

// ErrNoRefillsLeft is the service's own refusal: a fixed text.
var ErrNoRefillsLeft = errors.New("no refills left on this prescription")

// HoldError is a refill put on hold by the step-up.
type HoldError struct {
	Reason string
	Code   int
}

func (e *HoldError) Error() string { return "refill on hold: " + e.Reason } // want Error:"reads fields Reason"

var holdReasons = map[int]string{
	9003: "the code you typed is not valid",
	9007: "your account is locked",
}

// Service approves refills.
type Service struct {
	SP *spauth.Client
}

// Approve checks the patient's OTP and approves one refill.
func (s *Service) Approve(ctx context.Context, patient, rx, otp string) (int, error) { // want Approve:"result 1 raw return code"
	resp, err := s.SP.ValidateOTP(ctx, patient, otp)
	if err != nil {
		return 0, err
	}
	if resp.ErrorCode != 0 {
		reason, ok := holdReasons[resp.ErrorCode]
		if !ok {
			reason = "the step-up failed"
		}
		return 0, &HoldError{Reason: reason, Code: resp.ErrorCode}
	}
	if rx == "" {
		return 0, ErrNoRefillsLeft
	}
	return 2, nil
}
