// Package override is package strict, run with
// -codeswitch.ignore=EmailSendError: the flag takes precedence over the
// directive requiring that code.
//
//surepasslint:require SMSSendError,EmailSendError
package override

import (
	"context"
	"errors"

	"codeswitchdirective/gateway"
)

var errDenied = errors.New("sign-in denied")

// 81 security-relevant codes, plus SMSSendError: the flag drops EmailSendError.
func verify(ctx context.Context, c *gateway.Client, user, otp string) error {
	a, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch gateway.Outcome(a.Result) { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case gateway.OTPRejected, gateway.OTPReused:
		return errDenied
	}
	return nil
}
