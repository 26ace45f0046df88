// Package freight releases a held shipment once the shipper's approver
// confirms with a one-time code; the status it answers is kept as text.
package freight

import (
	"context"

	"codeswitch/outcomedata/devreg"
)

// Status is a shipment's state, as the tracking page shows it.
type Status string

const (
	StatusShipped  Status = "shipped"
	StatusOnHold   Status = "on_hold"
	StatusReturned Status = "returned"
	StatusUnknown  Status = "unknown"
)

// Lane is the conveyor a parcel takes: routing, no decision.
type Lane string

const (
	LaneExpress Lane = "express"
	LaneManual  Lane = "manual"
)

// Queue ships a parcel.
type Queue interface {
	Push(ctx context.Context, parcel string) error
}

type Desk struct {
	api   devreg.API
	queue Queue
}

// Release holds or returns on the listed codes and ships on every other
// one: reported.
func (d *Desk) Release(ctx context.Context, approver, otp, parcel string) (Status, error) {
	a, err := d.api.ValidateOTP(ctx, approver, otp)
	if err != nil {
		return StatusUnknown, err
	}
	switch a.Code() { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return StatusOnHold, nil
	case devreg.PartnerUserLoginLocked:
		return StatusReturned, nil
	}
	if err := d.queue.Push(ctx, parcel); err != nil {
		return StatusUnknown, err
	}
	return StatusShipped, nil
}

// Track answers unknown for every other code, which the tracking page
// shows as not shipped: quiet.
func (d *Desk) Track(ctx context.Context, approver, otp string) (Status, error) {
	a, err := d.api.ValidateOTP(ctx, approver, otp)
	if err != nil {
		return StatusUnknown, err
	}
	switch a.Code() {
	case devreg.OTPInvalid, devreg.BogusOTP:
		return StatusOnHold, nil
	case devreg.PartnerUserLoginLocked:
		return StatusReturned, nil
	}
	return StatusUnknown, nil
}

// LaneFor routes a parcel by the code: quiet.
func (d *Desk) LaneFor(ctx context.Context, approver, otp string) (Lane, error) {
	a, err := d.api.ValidateOTP(ctx, approver, otp)
	if err != nil {
		return LaneManual, err
	}
	if a.Code() == devreg.OTPInvalid || a.Code() == devreg.PartnerUserLoginLocked {
		return LaneManual, nil
	}
	return LaneExpress, nil
}

// Step is the dock robot's next move: no step is named to refuse.
type Step int

const (
	StepLoad Step = iota
	StepRescan
	StepCallSupervisor
)

// Move is the robot's order.
type Move struct {
	Step Step
	Bay  string
}

// Load rescans or calls a supervisor on the listed codes; every other
// one queues the parcel, which the listed codes' paths skip, and loads:
// reported.
func (d *Desk) Load(ctx context.Context, approver, otp, bay string) (Move, error) {
	a, err := d.api.ValidateOTP(ctx, approver, otp)
	if err != nil {
		return Move{}, err
	}
	switch a.Code() { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return Move{Step: StepRescan}, nil
	case devreg.PartnerUserLoginLocked:
		return Move{Step: StepCallSupervisor}, nil
	}
	if err := d.queue.Push(ctx, bay); err != nil {
		return Move{}, err
	}
	return Move{Step: StepLoad, Bay: bay}, nil
}

// Plan only maps the code to a move, no step refusing and nothing done
// for Success: the caller decides; quiet.
func (d *Desk) Plan(ctx context.Context, approver, otp, bay string) (Move, error) {
	a, err := d.api.ValidateOTP(ctx, approver, otp)
	if err != nil {
		return Move{}, err
	}
	switch a.Code() {
	case devreg.OTPInvalid, devreg.BogusOTP:
		return Move{Step: StepRescan}, nil
	case devreg.PartnerUserLoginLocked:
		return Move{Step: StepCallSupervisor}, nil
	}
	return Move{Step: StepLoad, Bay: bay}, nil
}

// statusFor maps a code to the status the tracking page shows: the listed
// codes hold or return the parcel, every other one ships it: reported.
func statusFor(code devreg.Code) Status {
	switch code { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return StatusOnHold
	case devreg.PartnerUserLoginLocked:
		return StatusReturned
	}
	return StatusShipped
}

// laneFor routes by the code, no lane refusing: quiet.
func laneFor(code devreg.Code) Lane {
	switch code {
	case devreg.OTPInvalid, devreg.PartnerUserLoginLocked:
		return LaneManual
	}
	return LaneExpress
}

var _, _ = statusFor, laneFor
