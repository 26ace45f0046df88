// Package gateway admits websocket sessions after an OTP check whose
// answer it reads only through the wrapper's predicates.
package gateway

import (
	"context"
	"errors"
	"log"

	"codeswitch/predchain/otpresult"
)

var (
	errLocked  = errors.New("locked")
	errLater   = errors.New("try later")
	errBadCode = errors.New("bad code")
)

type checker interface {
	Check(ctx context.Context, user, otp string) (otpresult.Answer, error)
}

// Gate admits sessions.
type Gate struct{ otp checker }

// Admit rejects the three families it knows and admits the rest: every
// other failure (an unknown user, a disabled device) gets a session.
func (g *Gate) Admit(ctx context.Context, user, otp string) error {
	res, err := g.otp.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.LockedOut() { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and \d+ more\)$`
		log.Printf("locked: %s", res.Text())
		return errLocked
	} else if res.Transient() {
		return errLater
	} else if res.Mistyped() {
		return errBadCode
	}
	return nil
}

// Join is the same chain with a pointer to the answer.
func (g *Gate) Join(ctx context.Context, user, otp string) (bool, error) {
	res, err := g.otp.Check(ctx, user, otp)
	if err != nil {
		return false, err
	}
	p := &res
	if p.Transient() { // want `fail-open if-else chain over SurePassID return codes`
		return false, errLater
	} else if p.Mistyped() {
		return false, errBadCode
	}
	return true, nil
}

// AdmitClosed ends the chain with a link on success: fail closed.
func (g *Gate) AdmitClosed(ctx context.Context, user, otp string) error {
	res, err := g.otp.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.LockedOut() {
		return errLocked
	} else if res.Mistyped() {
		return errBadCode
	} else if !res.OK() {
		return errBadCode
	}
	return nil
}

// AdmitChecked rejects every other failure after the chain: fail closed.
func (g *Gate) AdmitChecked(ctx context.Context, user, otp string) error {
	res, err := g.otp.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.LockedOut() {
		return errLocked
	} else if res.Transient() {
		return errLater
	}
	if !res.OK() {
		return errBadCode
	}
	return nil
}

// AdmitElse rejects the rest in a final else: fail closed.
func (g *Gate) AdmitElse(ctx context.Context, user, otp string) error {
	res, err := g.otp.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.OK() {
		return nil
	} else if res.LockedOut() {
		return errLocked
	} else {
		return errBadCode
	}
}

// Note only logs what the families are: decides nothing.
func (g *Gate) Note(ctx context.Context, user, otp string) {
	res, err := g.otp.Check(ctx, user, otp)
	if err != nil {
		return
	}
	if res.LockedOut() {
		log.Printf("locked %s", user)
	} else if res.Mistyped() {
		log.Printf("typo %s", user)
	}
}
