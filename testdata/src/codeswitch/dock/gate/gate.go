// Package gate opens the yard gates once a driver's one-time code checks
// out.
package gate

import (
	"context"
	"errors"
	"log/slog"

	"codeswitch/dock/idp"
)

var errUpstream = errors.New("gate: identity provider unavailable")

// Opener drives the gate hardware.
type Opener interface {
	Open(ctx context.Context, gate, driver string) error
	Flash(ctx context.Context, gate string) error
}

// Terminal is one yard terminal.
type Terminal struct {
	sp    idp.Client
	gates Opener
	log   *slog.Logger
}

// Pickup checks the code a driver typed and opens the gate. The range
// check declines three codes with a quiet return nil (the event is done,
// not retried): every other failure opens the gate.
func (t *Terminal) Pickup(ctx context.Context, gate, driver, otp string) error {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return errUpstream
	}
	if rep.ErrorCode >= idp.PartnerUserLoginFailed && rep.ErrorCode <= idp.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, DeviceInvalid`
		t.log.Info("pickup declined", "gate", gate, "code", int(rep.ErrorCode))
		return nil
	}
	return t.gates.Open(ctx, gate, driver)
}

// Dropoff declines every failure the same way: not reported.
func (t *Terminal) Dropoff(ctx context.Context, gate, driver, otp string) error {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return errUpstream
	}
	if rep.ErrorCode >= idp.PartnerUserLoginFailed && rep.ErrorCode <= idp.OTPInvalid {
		t.log.Info("dropoff: bad code", "gate", gate)
		return nil
	}
	if rep.ErrorCode != idp.Success {
		t.log.Warn("dropoff declined", "gate", gate, "code", int(rep.ErrorCode))
		return nil
	}
	return t.gates.Open(ctx, gate, driver)
}

// Flash only logs the codes it names and does the same for every code:
// nothing is declined, nothing reported.
func (t *Terminal) Flash(ctx context.Context, gate, driver, otp string) error {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return errUpstream
	}
	if rep.ErrorCode == idp.OTPInvalid {
		t.log.Info("flash: bad code", "gate", gate)
		return nil
	}
	return nil
}

// Inspect tells a missing device apart inside a branch that every failure
// takes and that rejects on each path: Success never gets there. Not
// reported.
func (t *Terminal) Inspect(ctx context.Context, gate, driver, otp string) (string, error) {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return "", errUpstream
	}
	if rep.ErrorCode != idp.Success {
		t.log.Warn("inspect", "code", int(rep.ErrorCode))
		if rep.ErrorCode == idp.OTPInvalid {
			_ = t.gates.Flash(ctx, gate)
			return "", errors.New("gate: wrong code")
		}
		return "", errors.New("gate: refused")
	}
	return "inspected", t.gates.Open(ctx, gate, driver)
}

// Override names two codes inside a branch Success never takes, but the
// other failures leave that branch and open the gate all the same:
// reported.
func (t *Terminal) Override(ctx context.Context, gate, driver, otp string) error {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return errUpstream
	}
	if !rep.OK() {
		if rep.ErrorCode == idp.OTPInvalid || rep.ErrorCode == idp.BogusOTP { // want `fail-open if-else chain over SurePassID return codes`
			return errors.New("gate: wrong code")
		}
		t.log.Warn("override accepted", "code", int(rep.ErrorCode))
	}
	return t.gates.Open(ctx, gate, driver)
}

// Badge opens the gate unless the code was refused; the bare predicate
// below is judged by this call, where true rejects.
func (t *Terminal) Badge(ctx context.Context, gate, driver, otp string) error {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return errUpstream
	}
	if refused(rep) {
		return errors.New("gate: code refused")
	}
	return t.gates.Open(ctx, gate, driver)
}

// refused lists three codes as a refusal and passes every other failure:
// reported.
func refused(rep *idp.Reply) bool {
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case idp.OTPInvalid, idp.BogusOTP, idp.OTPAlreadyUsed:
		return true
	}
	return false
}

// Retry tries again on a retryable code and rejects every other failure:
// nothing reported.
func (t *Terminal) Retry(ctx context.Context, gate, driver, otp string) error {
	for attempt := 0; attempt < 3; attempt++ {
		rep, err := t.sp.ValidateOTP(ctx, driver, otp)
		if err != nil {
			return errUpstream
		}
		if rep.Retryable() {
			continue
		}
		if !rep.OK() {
			return errors.New("gate: refused")
		}
		if rep.Informational() {
			t.log.Info("device provisioned", "driver", driver)
		}
		return t.gates.Open(ctx, gate, driver)
	}
	return errUpstream
}

// Enroll treats an already enrolled driver as done and enrolls the others:
// the quiet return is for a code that is no security failure, so the
// dispatch declines nothing. Not reported.
func (t *Terminal) Enroll(ctx context.Context, gate, driver, otp string) error {
	rep, err := t.sp.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return errUpstream
	}
	if rep.ErrorCode == idp.Reprovisioned {
		return nil
	}
	return t.gates.Open(ctx, gate, driver)
}
