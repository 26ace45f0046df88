// Package badges prints visitor badges after a step-up code; its
// predicates are its own, over plain ints.
package badges

import (
	"context"
	"errors"
)

// The SurePassID codes the desk names.
const (
	spOK             = 0
	spOTPInvalid     = 9003
	spBogusOTP       = 9030
	spSessionInvalid = 9029
)

var errNoBadge = errors.New("no badge")

// Desk prints badges.
type Desk struct {
	verify func(ctx context.Context, visitor, otp string) (int, error)
	print  func(visitor string) error
}

// stepUpAccepted says true for every code but two: reported at its
// comparison, not at the caller.
func stepUpAccepted(code int) bool {
	return code != spOTPInvalid && code != spBogusOTP // want `fail-open predicate over SurePassID return codes: \d+ security-relevant codes answer accepted \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed`
}

// otpFailed lists two typing mistakes: a deny list, whose callers are
// judged (a caller may reject the other failures after it).
func otpFailed(code int) bool {
	return code == spOTPInvalid || code == spBogusOTP
}

// sessionOK is an allow list: not reported.
func sessionOK(code int) bool {
	return code == spOK
}

// Print checks the visitor's step-up code.
func (d *Desk) Print(ctx context.Context, visitor, otp string) error {
	code, err := d.verify(ctx, visitor, otp)
	if err != nil {
		return err
	}
	if !stepUpAccepted(code) {
		return errNoBadge
	}
	return d.print(visitor)
}

// Reprint checks it with the deny list alone: reported here.
func (d *Desk) Reprint(ctx context.Context, visitor, otp string) error {
	code, err := d.verify(ctx, visitor, otp)
	if err != nil {
		return err
	}
	if otpFailed(code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return errNoBadge
	}
	return d.print(visitor)
}

// Renew checks the session with the allow list: not reported.
func (d *Desk) Renew(ctx context.Context, visitor string) error {
	code, err := d.verify(ctx, visitor, "")
	if err != nil {
		return err
	}
	if !sessionOK(code) {
		return errNoBadge
	}
	return d.print(visitor)
}
