package nofix

import (
	"context"
	"log"

	"codeswitch/sentinels/spgate"
)

// Deposit switches over a sentinel error and returns in its case nil: a
// default would leave the statements after the switch unreachable, so
// there is no fix.
func Deposit(ctx context.Context, sp *spgate.Client, user, otp string) (bool, error) {
	switch err := sp.Verify(ctx, user, otp); err { // want `fail-open error switch over SurePassID return codes: .* \(no suggested fix: a default clause would make the statements after the switch unreachable\)`
	case nil:
		return true, nil
	case spgate.ErrBadOTP:
		return false, errBadOTP
	}
	log.Printf("nofix: deposit for %s", user)
	return true, nil
}
