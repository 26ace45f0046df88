package wiredapi // want "relevant package"

import (
	"context"

	"spidifaces/wiredports"
)

// Confirm checks an OTP through the ports package's interface: its name
// is an operation's. Ping is none.
func Confirm(ctx context.Context, mfa wiredports.MFA) bool {
	code, _, err := mfa.ValidateOTP(ctx, "u", "1") // want "call is code" "operation code,message,none"
	n, _, _ := mfa.Ping(ctx)
	return err == nil && code == 0 && n == 0
}
