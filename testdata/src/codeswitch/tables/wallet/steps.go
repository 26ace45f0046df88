// Package wallet is a digital wallet's step-up service: tables of
// handlers, of next steps and of HTTP statuses, keyed by SurePassID codes.
package wallet

import (
	"context"
	"log"

	"codeswitch/verdicts/idp"
)

// Step is what the wallet's top-up flow does next.
type Step int

const (
	Proceed Step = iota
	AskAgain
	Freeze
	SendSMS
)

type attempt struct {
	user  string
	tries int
}

func askAgain(a *attempt) Step {
	if a.tries > 3 {
		return Freeze
	}
	return AskAgain
}

func freeze(a *attempt) Step {
	log.Printf("freezing wallet of %s", a.user)
	return Freeze
}

// onTopUpAnswer lists what the flow does for the answers it has screens
// for, by named functions; an answer it leaves out proceeds.
var onTopUpAnswer = map[idp.Code]func(*attempt) Step{
	idp.OTPInvalid:                       askAgain,
	idp.BogusOTP:                         askAgain,
	idp.MaximumFailedOTPRequestsExceeded: freeze,
}

// TopUpStep: every code the table leaves out (a disabled user, an expired
// account) proceeds to the top-up. Reported at the lookup.
func TopUpStep(ctx context.Context, sp idp.Client, a *attempt, otp string) (Step, error) {
	res, err := sp.ValidateOTP(ctx, a.user, otp)
	if err != nil {
		return Freeze, err
	}
	if next, known := onTopUpAnswer[res.Code()]; known { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return next(a), nil
	}
	return Proceed, nil
}

// onRecovery is consulted by the recovery flow: anything it does not list
// freezes the wallet, and Success's entry proceeds.
var onRecovery = map[idp.Code]func(*attempt) Step{
	idp.Success: func(*attempt) Step { return Proceed },
	idp.OTPInvalid: func(a *attempt) Step {
		if a.tries < 2 {
			return SendSMS
		}
		return Freeze
	},
	idp.OTPAlreadyUsed: askAgain,
}

// RecoveryStep fails closed: the table's failure entries never proceed and
// a code it does not list freezes. Not reported.
func RecoveryStep(code idp.Code, a *attempt) Step {
	decide, listed := onRecovery[code]
	if !listed {
		return Freeze
	}
	return decide(a)
}

// onRelink lists one failure whose entry proceeds as Success's does: that
// code is listed but goes through. Reported.
var onRelink = map[idp.Code]func(*attempt) Step{
	idp.Success:    func(*attempt) Step { return Proceed },
	idp.OTPInvalid: askAgain,
	idp.PartnerUserLoginFailedPasswordExpired: func(*attempt) Step { return Proceed },
}

func RelinkStep(code idp.Code, a *attempt) Step {
	decide, listed := onRelink[code]
	if !listed { // want `fail-open if-else chain over SurePassID return codes: 1 security-relevant code falls through unhandled \(PartnerUserLoginFailedPasswordExpired\)`
		return Freeze
	}
	return decide(a)
}
