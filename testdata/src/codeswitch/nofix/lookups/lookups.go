// Package lookups has fail-open table helpers whose fix cannot be
// written soundly: the code is computed by the call itself, or no
// refusal of the table reads the same in the fallback.
package lookups

import (
	"context"
	"errors"
	"fmt"

	"codeswitch/fallbacks/rules"
	"codeswitch/fallbacks/spauth"
	"github.com/kioskware/routing"
)

type action int

const (
	proceed action = iota
	retry
	block
)

var onValidate = map[spauth.Code]action{
	spauth.OTPInvalid:     retry,
	spauth.AccountExpired: block,
}

// Gate validates and looks the answer up in one expression: a fix would
// call ValidateOTP twice.
func Gate(ctx context.Context, sp spauth.Client, user, otp string) action {
	return rules.Or(onValidate, answer(ctx, sp, user, otp), proceed) // want `fail-open table lookup over SurePassID return codes: rules.Or gives proceed, Success's value, .*\(no suggested fix: the code is not a variable, a field or a getter, to be read twice\)`
}

func answer(ctx context.Context, sp spauth.Client, user, otp string) spauth.Code {
	rep, err := sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return spauth.DatabaseError
	}
	return rep.ErrorCode
}

var errDenied = errors.New("lookups: denied")

// Session's refusal names the reason it is handed, which the fallback
// does not have.
func Session(rep *spauth.Reply) (string, error) {
	return routing.Route(rep.ErrorCode, rep.ErrorMessage, routing.Reactions[string]{ // want `fail-open table dispatch over SurePassID return codes: routing.Route runs the fallback .*\(no suggested fix: no handler of the table rejects with a return that reads the same in the fallback\)`
		spauth.OTPInvalid: func(reason string) (string, error) {
			return "", fmt.Errorf("%w: %s", errDenied, reason)
		},
	}, func() (string, error) { return "session-ok", nil })
}
