// Package kiosk unlocks lockers once the customer's one-time password
// checks out; it decides with the kit's predicates, written as switches.
package kiosk

import (
	"context"
	"errors"
	"fmt"

	"codeswitch/rejects/otpkit"
)

var (
	errWrongCode = errors.New("kiosk: wrong code")
	errRetry     = errors.New("kiosk: try again")
	errRefused   = errors.New("kiosk: refused")
)

// Lockers opens lockers.
type Lockers interface {
	Open(ctx context.Context, locker string) error
}

// Kiosk is one pick-up terminal.
type Kiosk struct {
	SP      *otpkit.Terminal
	Lockers Lockers
}

// IsSuccess reports whether code lets the customer in.
func IsSuccess(code int) bool { // want IsSuccess:"codeswitch\\(predicate: true when param 0 is Success\\)"
	switch code {
	case 0:
		return true
	default:
		return false
	}
}

// Open refuses a wrong code, then every answer OK does not accept: not
// reported.
func (k *Kiosk) Open(ctx context.Context, user, otp, locker string) error {
	rep, err := k.SP.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch rep.ErrorCode {
	case otpkit.StatusOTPInvalid, otpkit.StatusBogusOTP:
		return errWrongCode
	}
	if !rep.OK() {
		return errRefused
	}
	return k.Lockers.Open(ctx, locker)
}

// OpenChain makes the predicate a link of its if chain: not reported.
func (k *Kiosk) OpenChain(ctx context.Context, user, otp, locker string) error {
	rep, err := k.SP.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if rep.ErrorCode == otpkit.StatusOTPInvalid {
		return errWrongCode
	} else if !rep.ErrorCode.OK() {
		return fmt.Errorf("kiosk: refused (%d)", int(rep.ErrorCode))
	}
	return k.Lockers.Open(ctx, locker)
}

// OpenNumber tests the number with the package's own predicate: not
// reported.
func (k *Kiosk) OpenNumber(ctx context.Context, user, otp, locker string) error {
	rep, err := k.SP.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	code := int(rep.ErrorCode)
	if code == 9003 || code == 9030 || code == 9002 {
		return errWrongCode
	}
	if !IsSuccess(code) {
		return errRefused
	}
	return k.Lockers.Open(ctx, locker)
}

// OpenRetry sends the retryable codes back, and opens for every other
// code, a lockout or a bypass attempt among them: reported.
func (k *Kiosk) OpenRetry(ctx context.Context, user, otp, locker string) error {
	rep, err := k.SP.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid:
		return errWrongCode
	}
	if otpkit.IsRetryable(rep.ErrorCode) {
		return errRetry
	}
	return k.Lockers.Open(ctx, locker)
}

// OpenRetryChain has the unrelated predicate as its chain's last link:
// reported.
func (k *Kiosk) OpenRetryChain(ctx context.Context, user, otp, locker string) error {
	rep, err := k.SP.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if rep.ErrorCode == otpkit.StatusOTPUsed { // want `fail-open if-else chain over SurePassID return codes`
		return errWrongCode
	} else if otpkit.IsRetryable(rep.ErrorCode) {
		return errRetry
	}
	return k.Lockers.Open(ctx, locker)
}
