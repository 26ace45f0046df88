// Package strict is the kiosk's sign-in, where a failed SMS or e-mail must
// also be refused: its switches must handle those codes too.
//
//surepasslint:require SMSSendError,EmailSendError
package strict

import (
	"context"
	"errors"

	"codeswitchdirective/gateway"
)

var errDenied = errors.New("sign-in denied")

// 81 security-relevant codes, plus the two this package requires.
func verify(ctx context.Context, c *gateway.Client, user, otp string) error {
	a, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch gateway.Outcome(a.Result) { // want `fail-open switch over SurePassID return codes: 83 security-relevant codes fall through unhandled`
	case gateway.OTPRejected, gateway.OTPReused:
		return errDenied
	}
	return nil
}
