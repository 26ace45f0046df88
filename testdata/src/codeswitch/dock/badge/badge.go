// Package badge decides what the badge-in kiosk shows after a driver's
// one-time code: the kiosk switches on the Step it gets back.
package badge

import (
	"context"
	"errors"

	"codeswitch/dock/idp"
)

// Step is what the kiosk does next.
type Step int

// The steps.
const (
	Enter Step = iota
	AskAgain
	CallSupervisor
)

var errUnavailable = errors.New("badge: identity provider unavailable")

// kiosk lists the codes the kiosk handles; no code maps to Enter.
var kiosk = map[idp.Code]Step{
	idp.OTPInvalid:     AskAgain,
	idp.BogusOTP:       AskAgain,
	idp.OTPAlreadyUsed: CallSupervisor,
	idp.UserDisabled:   CallSupervisor,
}

// every maps every code the kiosk knows, Success included.
var every = map[idp.Code]Step{
	idp.Success:    Enter,
	idp.OTPInvalid: AskAgain,
	idp.BogusOTP:   AskAgain,
}

// Kiosk sends the listed codes elsewhere, and every other code, 9096 and
// 9051 among them, walks in: reported.
func Kiosk(ctx context.Context, sp idp.Client, driver, otp string) (Step, error) {
	rep, err := sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return AskAgain, errUnavailable
	}
	if s, ok := kiosk[rep.ErrorCode]; ok && s != Enter { // want `fail-open if-else chain over SurePassID return codes`
		return s, nil
	}
	return Enter, nil
}

// Lobby answers a Step other than Enter for the codes it lists and for
// every other failure: not reported.
func Lobby(ctx context.Context, sp idp.Client, driver, otp string) (Step, error) {
	rep, err := sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return AskAgain, errUnavailable
	}
	if rep.ErrorCode == idp.OTPInvalid || rep.ErrorCode == idp.BogusOTP {
		return AskAgain, nil
	}
	if rep.ErrorCode != idp.Success {
		return CallSupervisor, nil
	}
	return Enter, nil
}

// Desk looks the step up in a table that lists Success, and calls the
// supervisor for any code it does not list: not reported.
func Desk(ctx context.Context, sp idp.Client, driver, otp string) (Step, error) {
	rep, err := sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return AskAgain, errUnavailable
	}
	if s, ok := every[rep.ErrorCode]; ok {
		return s, nil
	}
	return CallSupervisor, nil
}
