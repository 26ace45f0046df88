// Package storefront gates seller actions on its MFA vendor, reached
// through abstractions of its own: main wires in the client from a
// package this one never imports, and the tests wire in fakes.
package storefront

import (
	"context"
	"errors"

	"codeswitch/wired/mailcheck"
	"codeswitch/wired/spcodes"
)

// Sessions is what the live channel asks about vendor sessions.
type Sessions interface {
	IsSessionTokenValid(ctx context.Context, tokenID string) (int, string, error)
}

// Verdict is the step-up answer.
type Verdict struct {
	Code   int
	Reason string
}

// StepUp re-checks an OTP before a payout.
type StepUp interface {
	VerifyOTP(ctx context.Context, user, otp string) (Verdict, error)
}

// Mailbox checks a seller's address with the address-verification
// service: same shape, its own codes.
type Mailbox interface {
	Verify(ctx context.Context, address string) (int, string, error)
}

// Runner runs a back-office job: a generic name.
type Runner interface {
	Do(ctx context.Context, job string) (int, string, error)
}

var (
	errSession = errors.New("session expired")
	errOTP     = errors.New("code not accepted")
	errAddress = errors.New("address refused")
)

// Gate holds the dependencies.
type Gate struct {
	sessions Sessions
	stepUp   StepUp
	mailbox  Mailbox
	runner   Runner
	// vendor is the SurePassID client, as an interface literal.
	vendor interface {
		SendOTP(ctx context.Context, user, method string) (int32, string, error)
	}
	checkOTP func(ctx context.Context, user, otp string) (int, string, error)
}

// NewGate wires the dependencies main hands in.
func NewGate(s Sessions, u StepUp, m Mailbox, r Runner, checkOTP func(ctx context.Context, user, otp string) (int, string, error)) *Gate {
	return &Gate{sessions: s, stepUp: u, mailbox: m, runner: r, checkOTP: checkOTP}
}

// Resume subscribes the connection unless the token is one of two dead
// ones: every other failure subscribes too. Reported.
func (g *Gate) Resume(ctx context.Context, token string) error {
	code, _, err := g.sessions.IsSessionTokenValid(ctx, token)
	if err != nil {
		return err
	}
	switch code { // want `fail-open switch over SurePassID return codes`
	case spcodes.SessionTokenInvalid, spcodes.LoginFailedInvalidToken:
		return errSession
	}
	return nil
}

// ResumeStrict is Resume's fail-closed twin. Not reported.
func (g *Gate) ResumeStrict(ctx context.Context, token string) error {
	code, _, err := g.sessions.IsSessionTokenValid(ctx, token)
	if err != nil {
		return err
	}
	switch code {
	case spcodes.Success:
		return nil
	case spcodes.SessionTokenInvalid, spcodes.LoginFailedInvalidToken:
		return errSession
	default:
		return errSession
	}
}

// Payout releases the funds unless the step-up answer is a wrong OTP.
// Reported.
func (g *Gate) Payout(ctx context.Context, user, otp string) error {
	v, err := g.stepUp.VerifyOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if v.Code == spcodes.OtpInvalid { // want `fail-open if-else chain over SurePassID return codes`
		return errOTP
	}
	return nil
}

// Confirm checks the OTP through the func field main sets; only a replay
// is refused. Reported.
func (g *Gate) Confirm(ctx context.Context, user, otp string) error {
	code, _, err := g.checkOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if code == spcodes.OtpAlreadyUsed { // want `fail-open if-else chain over SurePassID return codes`
		return errOTP
	}
	return nil
}

// Resend refuses a throttled delivery only. Reported.
func (g *Gate) Resend(ctx context.Context, user string) error {
	code, _, err := g.vendor.SendOTP(ctx, user, "sms")
	if err != nil {
		return err
	}
	switch code { // want `fail-open switch over SurePassID return codes`
	case spcodes.MaxFailedOtpRequests:
		return errOTP
	}
	return nil
}

// CheckAddress refuses two of the address service's codes and accepts
// the rest: its codes are not SurePassID's. Not reported.
func (g *Gate) CheckAddress(ctx context.Context, address string) error {
	code, _, err := g.mailbox.Verify(ctx, address)
	if err != nil {
		return err
	}
	switch code {
	case mailcheck.MailboxNotFound, mailcheck.MailboxFull:
		return errAddress
	}
	return nil
}

// RunJob compares a generic call's code with one published code: nothing
// says the job runner is SurePassID. Not reported.
func (g *Gate) RunJob(ctx context.Context) error {
	code, _, err := g.runner.Do(ctx, "reindex")
	if err != nil {
		return err
	}
	if code == spcodes.OtpInvalid {
		return errOTP
	}
	return nil
}
