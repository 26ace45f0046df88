// Package reset replaces a driver's authenticator and checks the codes a
// driver types at the depot kiosk; it answers with outcomes as data that
// the chat bot and the kiosk render.
package reset

import (
	"context"
	"log"

	"codeswitch/outcomedata/devreg"
)

// Outcome is the state a request ends in.
type Outcome int

const (
	Completed Outcome = iota
	NeedsDispatcher
	Refused
)

// Result is what the bot shows the driver.
type Result struct {
	Outcome Outcome
	Title   string
	PSN     string
}

// Store keeps the drivers' devices.
type Store interface {
	RecordDevice(ctx context.Context, driver, psn string) error
}

type Service struct {
	api   devreg.API
	store Store
}

var provisionFailures = map[devreg.Code]string{
	devreg.DeviceInUse:              "token already assigned",
	devreg.DeviceAlreadyProvisioned: "token already provisioned",
}

// Provision hands the listed codes to a dispatcher and completes every
// other one: reported.
func (s *Service) Provision(ctx context.Context, driver string) (Result, error) {
	a, err := s.api.AddOATHDevice(ctx, driver)
	if err != nil {
		return Result{}, err
	}
	if reason, failed := provisionFailures[a.Code()]; failed { // want `fail-open if-else chain over SurePassID return codes`
		log.Printf("provisioning for %s refused: %s", driver, reason)
		return Result{Outcome: NeedsDispatcher, Title: "A dispatcher has to finish this reset"}, nil
	}
	if err := s.store.RecordDevice(ctx, driver, a.PSN); err != nil {
		return Result{}, err
	}
	return Result{Outcome: Completed, Title: "New authenticator ready", PSN: a.PSN}, nil
}

// ProvisionChecked refuses every other failure code too: quiet.
func (s *Service) ProvisionChecked(ctx context.Context, driver string) (Result, error) {
	a, err := s.api.AddOATHDevice(ctx, driver)
	if err != nil {
		return Result{}, err
	}
	if reason, failed := provisionFailures[a.Code()]; failed {
		log.Printf("provisioning for %s refused: %s", driver, reason)
		return Result{Outcome: NeedsDispatcher, Title: "A dispatcher has to finish this reset"}, nil
	}
	if a.Code() != devreg.Success {
		return Result{Outcome: Refused, Title: "Provisioning failed"}, nil
	}
	if err := s.store.RecordDevice(ctx, driver, a.PSN); err != nil {
		return Result{}, err
	}
	return Result{Outcome: Completed, Title: "New authenticator ready", PSN: a.PSN}, nil
}

// Next is what the bot does for a driver waiting for a code.
type Next int

const (
	NextDone Next = iota
	NextCallDispatcher
)

// Handoff is the bot's answer to a code request.
type Handoff struct {
	Next Next
	Why  string
}

// SendCode hands an undelivered text to a dispatcher: a delivery failure,
// no security decision; every other code is done: quiet.
func (s *Service) SendCode(ctx context.Context, driver string) (Handoff, error) {
	a, err := s.api.SendOTP(ctx, driver)
	if err != nil {
		return Handoff{}, err
	}
	if a.Code() == devreg.SMSSendError {
		return Handoff{Next: NextCallDispatcher, Why: "text not delivered"}, nil
	}
	return Handoff{Next: NextDone}, nil
}
