// Package kiosk checks the code a driver types at the depot kiosk and
// answers the kiosk's screen with a state; the audit feed gets an event.
package kiosk

import (
	"context"
	"log"

	"codeswitch/outcomedata/devreg"
)

// State is what the kiosk screen shows next.
type State string

const (
	StateUnlocked State = "unlocked"
	StateRetry    State = "retry"
	StateEscalate State = "escalate"
	StateBlocked  State = "blocked"
)

// Screen is the kiosk's next screen.
type Screen struct {
	State State
	Hint  string
}

// Step is the shift planner's answer.
type Step int

const (
	StepDone Step = iota + 1
	StepCallSupervisor
	StepStop
)

// Kind is the kind of an audit event.
type Kind int

const (
	KindInfo Kind = iota
	KindWarning
)

// Event is an entry of the audit feed.
type Event struct {
	Kind Kind
	Text string
}

// Doors opens the depot doors.
type Doors interface {
	Open(ctx context.Context, driver string) error
}

type Kiosk struct {
	api   devreg.API
	doors Doors
}

// Unlock asks for another try or a supervisor on the listed codes and
// unlocks on every other one: reported.
func (k *Kiosk) Unlock(ctx context.Context, driver, otp string) (*Screen, error) {
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return nil, err
	}
	switch ans.Code() { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return &Screen{State: StateRetry, Hint: "Try the code again"}, nil
	case devreg.MaximumFailedOTPRequestsExceeded, devreg.PartnerUserLoginLocked:
		return &Screen{State: StateEscalate, Hint: "Call your supervisor"}, nil
	}
	if err := k.doors.Open(ctx, driver); err != nil {
		return nil, err
	}
	return &Screen{State: StateUnlocked}, nil
}

// UnlockStrict blocks every other failure code in its default: quiet.
func (k *Kiosk) UnlockStrict(ctx context.Context, driver, otp string) (*Screen, error) {
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return nil, err
	}
	switch ans.Code() {
	case devreg.Success:
	case devreg.OTPInvalid, devreg.BogusOTP:
		return &Screen{State: StateRetry, Hint: "Try the code again"}, nil
	default:
		return &Screen{State: StateBlocked}, nil
	}
	if err := k.doors.Open(ctx, driver); err != nil {
		return nil, err
	}
	return &Screen{State: StateUnlocked}, nil
}

// Shift answers the planner with a step: the locked driver calls a
// supervisor, every other code starts the shift: reported.
func (k *Kiosk) Shift(ctx context.Context, driver, otp string) (Step, error) {
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return StepStop, err
	}
	if ans.Code() == devreg.PartnerUserLoginLocked { // want `fail-open if-else chain over SurePassID return codes`
		return StepCallSupervisor, nil
	}
	if err := k.doors.Open(ctx, driver); err != nil {
		return StepStop, err
	}
	return StepDone, nil
}

// Audit files an event whose kind only says how loud it is: quiet.
func (k *Kiosk) Audit(ctx context.Context, driver, otp string) (Event, error) {
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return Event{}, err
	}
	if ans.Code() == devreg.OTPInvalid || ans.Code() == devreg.BogusOTP {
		log.Printf("kiosk: bad code for %s", driver)
		return Event{Kind: KindWarning, Text: "bad code"}, nil
	}
	return Event{Kind: KindInfo, Text: "code checked"}, nil
}

// Board fills the screen field by field: a bad code asks for another try,
// every other code unlocks: reported.
func (k *Kiosk) Board(ctx context.Context, driver, otp string) (Screen, error) {
	var sc Screen
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return sc, err
	}
	if ans.Code() == devreg.OTPInvalid || ans.Code() == devreg.BogusOTP { // want `fail-open if-else chain over SurePassID return codes`
		sc.State = StateRetry
		sc.Hint = "Try the code again"
		return sc, nil
	}
	sc.State = StateUnlocked
	return sc, nil
}

// BoardStrict blocks every other failure code: quiet.
func (k *Kiosk) BoardStrict(ctx context.Context, driver, otp string) (Screen, error) {
	var sc Screen
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		return sc, err
	}
	if ans.Code() == devreg.OTPInvalid || ans.Code() == devreg.BogusOTP {
		sc.State = StateRetry
		return sc, nil
	} else if ans.Code() != devreg.Success {
		sc.State = StateBlocked
		return sc, nil
	}
	sc.State = StateUnlocked
	return sc, nil
}

// Note files an audit event field by field, louder for a bad code: quiet.
func (k *Kiosk) Note(ctx context.Context, driver, otp string) Event {
	var ev Event
	ans, err := k.api.ValidateOTP(ctx, driver, otp)
	if err != nil {
		ev.Text = err.Error()
		return ev
	}
	if ans.Code() == devreg.OTPInvalid {
		ev.Kind = KindWarning
		return ev
	}
	ev.Kind = KindInfo
	return ev
}
