// Package badges prints a visitor badge at the lobby kiosk after the host
// confirms with a one-time code, and picks the turnstile mode from the
// host's code through tables; its grants are the lobby's own words
// (Issued, ModeOpen is no refusal, Paid).
package badges

import (
	"context"

	"codeswitch/outcomedata/devreg"
)

// Verdict is the kiosk's answer, kept as text for its web panel.
type Verdict string

const (
	VerdictIssued  Verdict = "issued"
	VerdictRetry   Verdict = "retry"
	VerdictRefused Verdict = "refused"
)

// Answer is what the panel renders.
type Answer struct {
	Verdict Verdict
	Badge   string
}

// Printer prints a badge.
type Printer interface {
	Print(ctx context.Context, visitor string) (string, error)
}

type Lobby struct {
	api     devreg.API
	printer Printer
}

// Issue asks again or refuses on the listed codes and prints a badge on
// every other one: reported.
func (l *Lobby) Issue(ctx context.Context, host, otp, visitor string) (*Answer, error) {
	a, err := l.api.ValidateOTP(ctx, host, otp)
	if err != nil {
		return nil, err
	}
	if a.Code() == devreg.OTPInvalid || a.Code() == devreg.BogusOTP { // want `fail-open if-else chain over SurePassID return codes`
		return &Answer{Verdict: VerdictRetry}, nil
	} else if a.Code() == devreg.PartnerUserLoginLocked {
		return &Answer{Verdict: VerdictRefused}, nil
	}
	badge, err := l.printer.Print(ctx, visitor)
	if err != nil {
		return nil, err
	}
	return &Answer{Verdict: VerdictIssued, Badge: badge}, nil
}

// Fee is where a visitor's parking fee stands after the host's code.
type Fee int

const (
	FeePaid Fee = iota
	FeeRetry
	FeeBlocked
)

// fees gives the codes it lists a fee state; the zero value, FeePaid, is
// every other code's: reported at the lookup.
var fees = map[devreg.Code]Fee{
	devreg.OTPInvalid:             FeeRetry,
	devreg.PartnerUserLoginLocked: FeeBlocked,
}

func (l *Lobby) Park(ctx context.Context, host, otp string) (Fee, error) {
	a, err := l.api.ValidateOTP(ctx, host, otp)
	if err != nil {
		return FeeRetry, err
	}
	return fees[a.Code()], nil // want `fail-open table lookup over SurePassID return codes`
}

// Gate is the turnstile's mode; its zero value settles nothing.
type Gate int

const (
	GateUnknown Gate = iota
	GateOpen
	GateRetry
	GateBlocked
)

// gates lists Success: every other code gets GateUnknown, which the
// turnstile keeps shut: quiet.
var gates = map[devreg.Code]Gate{
	devreg.Success:                GateOpen,
	devreg.OTPInvalid:             GateRetry,
	devreg.PartnerUserLoginLocked: GateBlocked,
}

func (l *Lobby) Turnstile(ctx context.Context, host, otp string) (Gate, error) {
	a, err := l.api.ValidateOTP(ctx, host, otp)
	if err != nil {
		return GateUnknown, err
	}
	return gates[a.Code()], nil
}

// Floor is the floor a visitor's badge is printed for: no floor refuses,
// a table of floors decides nothing: quiet.
type Floor int

const (
	FloorLobby Floor = iota
	FloorSecurity
	FloorHelpdesk
)

var floors = map[devreg.Code]Floor{
	devreg.PartnerUserLoginLocked: FloorSecurity,
	devreg.DeviceInUse:            FloorHelpdesk,
}

func (l *Lobby) Escort(ctx context.Context, host, otp string) (Floor, error) {
	a, err := l.api.ValidateOTP(ctx, host, otp)
	if err != nil {
		return FloorLobby, err
	}
	return floors[a.Code()], nil
}
