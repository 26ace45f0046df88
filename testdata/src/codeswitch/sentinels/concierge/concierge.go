// Package concierge is the hotel's guest-verification service. It turns
// the client's verdicts into errors of its own, in three ways: a switch, a
// table and an if, each over the verdict.
package concierge

import (
	"context"
	"errors"
	"fmt"

	"codeswitch/sentinels/roomkey"
)

var (
	ErrPasscode  = errors.New("concierge: passcode not accepted")
	ErrStale     = errors.New("concierge: passcode expired")
	ErrSuspended = errors.New("concierge: guest account suspended")

	ErrLockerCode   = errors.New("concierge: wrong locker passcode")
	ErrLockerFrozen = errors.New("concierge: locker access frozen")
	ErrTampered     = errors.New("concierge: verification bypass attempt")
)

// Desk verifies guests for the front desk.
type Desk struct {
	Keys *roomkey.Client
}

// Confirm returns nil when the guest proved they hold their authenticator.
func (d *Desk) Confirm(ctx context.Context, guest, passcode string) error {
	a, err := d.Keys.CheckPasscode(ctx, guest, passcode)
	if err != nil {
		return fmt.Errorf("concierge: checking %s: %w", guest, err)
	}
	return refusal(a.Verdict)
}

func refusal(v roomkey.Verdict) error {
	switch v {
	case roomkey.Granted:
		return nil
	case roomkey.WrongPasscode, roomkey.PasscodeReplayed:
		return fmt.Errorf("%w (verdict %d)", ErrPasscode, v)
	case roomkey.PasscodeStale:
		return errors.Join(ErrStale, errors.New("ask for a new passcode"))
	default:
		return fmt.Errorf("concierge: refused: %w", ErrSuspended)
	}
}

var lockerRefusals = map[roomkey.Verdict]error{
	roomkey.WrongPasscode: ErrLockerCode,
	roomkey.Frozen:        ErrLockerFrozen,
	roomkey.Deactivated:   ErrLockerFrozen,
}

// OpenLocker returns nil when the guest may open their locker.
func (d *Desk) OpenLocker(ctx context.Context, guest, passcode string) error {
	a, err := d.Keys.CheckPasscode(ctx, guest, passcode)
	if err != nil {
		return err
	}
	if a.Verdict == roomkey.Tampered || a.Verdict == roomkey.Other {
		return ErrTampered
	}
	if err, ok := lockerRefusals[a.Verdict]; ok {
		return err
	}
	if a.Verdict != roomkey.Granted {
		return fmt.Errorf("concierge: locker refused (verdict %d)", a.Verdict)
	}
	return nil
}
