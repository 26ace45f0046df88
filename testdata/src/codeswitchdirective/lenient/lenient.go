// Package lenient retries on a database error upstream, so its switches need
// not handle DatabaseError.
//
//surepasslint:ignore DatabaseError
package lenient

import (
	"context"
	"errors"

	"codeswitchdirective/gateway"
)

var errDenied = errors.New("sign-in denied")

// 81 security-relevant codes, less the one this package ignores.
func verify(ctx context.Context, c *gateway.Client, user, otp string) error {
	a, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	switch gateway.Outcome(a.Result) { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled`
	case gateway.OTPRejected, gateway.OTPReused:
		return errDenied
	}
	return nil
}
