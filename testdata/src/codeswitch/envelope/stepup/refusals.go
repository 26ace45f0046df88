// Package stepup asks for a second factor before a risky change (a new
// payee, a higher limit). Its refusals are kept in tables of errors keyed
// by the token service's status.
package stepup

import (
	"errors"
	"fmt"

	"codeswitch/envelope/tokens"
)

// ErrRefused and ErrNoToken are what callers test with errors.Is.
var (
	ErrRefused = errors.New("step-up refused")
	ErrNoToken = errors.New("no token to step up with")
)

// payeeRefusals are the answers that refuse a new payee.
var payeeRefusals = map[tokens.Status]error{
	tokens.StatusOTPInvalid:       fmt.Errorf("%w: wrong code", ErrRefused),
	tokens.StatusOTPAlreadyUsed:   ErrRefused,
	tokens.StatusNoDevicesDefined: ErrNoToken,
	tokens.StatusDeviceNotFound:   ErrNoToken,
}

// limitRefusals are the answers that refuse a higher limit.
var limitRefusals = map[tokens.Status]error{
	tokens.StatusOTPInvalid:     ErrRefused,
	tokens.StatusSendOTPExpired: errors.New("the push expired"),
}

// notices are shown to the customer beside a refusal; they refuse nothing.
var notices = map[tokens.Status]error{
	tokens.StatusOTPInvalid:     errors.New("that code did not match"),
	tokens.StatusSendOTPExpired: errors.New("the push expired"),
}
