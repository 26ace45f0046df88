// Package checkout asks a second factor before a merchant captures a large
// card payment.
package checkout

import (
	"context"

	"codeswitch/party/spauth"
)

// The authentication server's answers checkout tells apart.
const (
	Success        = 0
	OTPAlreadyUsed = 9002
	OTPInvalid     = 9003
	DatabaseError  = 9010
)

// Confirm captures unless the server's answer is one it lists.
func Confirm(ctx context.Context, c *spauth.Client, user, otp string) bool {
	code, err := c.StepUp(ctx, user, otp)
	if err != nil {
		return false
	}
	switch code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case OTPInvalid, OTPAlreadyUsed:
		return false
	}
	return true
}
