// Package login dispatches on the gateway's codes, declared by directives in
// package gateway: the fail-open switches are reported, the closed ones and
// the switches over plain counters are not.
package login

import (
	"context"
	"errors"

	"codeswitchdirective/gateway"
)

var errDenied = errors.New("sign-in denied")

func verify(ctx context.Context, c *gateway.Client, user, otp string) error {
	a, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch gateway.Outcome(a.Result) { // want `fail-open switch over SurePassID return codes`
	case gateway.OTPRejected, gateway.OTPReused:
		return errDenied
	}
	return nil
}

func verifyField(ctx context.Context, c *gateway.Client, user, otp string) error {
	a, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch a.Result { // want `fail-open switch over SurePassID return codes`
	case 9003:
		return errDenied
	}
	return nil
}

func verifyClosed(ctx context.Context, c *gateway.Client, user, otp string) error {
	a, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch gateway.Outcome(a.Result) {
	case gateway.Accepted:
		return nil
	case gateway.OTPRejected:
		return errDenied
	default:
		return errDenied
	}
}

func retries(a gateway.Answer) string {
	switch a.Tries { // a counter, not a code: not reported
	case 1:
		return "one more try"
	}
	return ""
}
