// Package checkout confirms high-value carts and device enrollments with a
// SurePassID check, refusing the answers the fraud team lists in spcodes.
package checkout

import (
	"context"
	"errors"
	"log/slog"
	"slices"

	"codeswitch/lists/spcodes"
)

// Factor is the slice of the team's SurePassID client the flows need: each
// call answers the vendor's return code and message.
type Factor interface {
	ValidateOTP(ctx context.Context, user, otp string) (int, string, error)
	ApprovePush(ctx context.Context, user string) (int, string, error)
	Enroll(ctx context.Context, user, serial string) (int, string, error)
}

var (
	errRefused     = errors.New("confirmation failed")
	errLocked      = errors.New("account locked")
	errUnavailable = errors.New("try again later")
)

// Flows runs the confirmations.
type Flows struct {
	MFA Factor
	Log *slog.Logger
}

// ConfirmCart refuses the listed answers and lets every other one through:
// a locked account confirms. Reported.
func (f *Flows) ConfirmCart(ctx context.Context, user, otp string) error {
	code, _, err := f.MFA.ValidateOTP(ctx, user, otp)
	if err != nil {
		return errUnavailable
	}
	if slices.Contains(spcodes.HardFailures(), code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return errRefused
	}
	return nil
}

// ConfirmRefund refuses the listed answers, then every answer but Success:
// fail-closed twin. Quiet.
func (f *Flows) ConfirmRefund(ctx context.Context, user, otp string) error {
	code, msg, err := f.MFA.ValidateOTP(ctx, user, otp)
	if err != nil {
		return errUnavailable
	}
	if slices.Contains(spcodes.Throttled(), code) {
		return errLocked
	}
	if code != spcodes.Success {
		f.Log.WarnContext(ctx, "refund otp refused", "code", code, "msg", msg)
		return errRefused
	}
	return nil
}

// ConfirmPayout walks the shared list by hand. Reported.
func (f *Flows) ConfirmPayout(ctx context.Context, user, otp string) error {
	code, _, err := f.MFA.ValidateOTP(ctx, user, otp)
	if err != nil {
		return errUnavailable
	}
	for _, replay := range spcodes.Replays {
		if code == replay { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			return errRefused
		}
	}
	return nil
}

// ApprovePush refuses the answers of a list built in place. Reported.
func (f *Flows) ApprovePush(ctx context.Context, user string) error {
	code, _, err := f.MFA.ApprovePush(ctx, user)
	if err != nil {
		return errUnavailable
	}
	if slices.Contains(spcodes.PushRefusals(), code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return errRefused
	}
	return nil
}

// EnrollDevice lets through only the allow-listed answers, Success among
// them. Quiet.
func (f *Flows) EnrollDevice(ctx context.Context, user, serial string) error {
	code, _, err := f.MFA.Enroll(ctx, user, serial)
	if err != nil {
		return errUnavailable
	}
	if !slices.Contains(spcodes.EnrollOK(), code) {
		return errRefused
	}
	return nil
}

// AuditCart only logs the listed answers. Quiet.
func (f *Flows) AuditCart(ctx context.Context, user, otp string) {
	code, msg, err := f.MFA.ValidateOTP(ctx, user, otp)
	if err != nil {
		return
	}
	if slices.Contains(spcodes.HardFailures(), code) {
		f.Log.InfoContext(ctx, "cart otp refused", "code", code, "msg", msg)
	}
}
