// Package cabinet releases a drawer of a ward's medication cabinet once the
// nurse's one-time code checks out; the cabinet's panel renders the reply.
// The consumer names its grant in its own words (Dispensed, Boarded): no
// word list of grants knows them, the enum's refusals beside them do.
package cabinet

import (
	"context"
	"log"

	"codeswitch/outcomedata/devreg"
)

// Outcome is how a drawer request ended.
type Outcome int

const (
	Dispensed Outcome = iota
	Reprompt
	Refused
	Pending
)

// Reply is what the panel shows.
type Reply struct {
	Outcome Outcome
	Drawer  string
	Note    string
}

// Latches drives the drawers; Alarms pages the charge nurse.
type Latches interface {
	Unlatch(ctx context.Context, drawer string) error
}

type Alarms interface {
	Page(ctx context.Context, nurse string)
}

type Cabinet struct {
	api     devreg.API
	latches Latches
	alarms  Alarms
}

// Release asks for the code again or refuses on the listed codes and
// dispenses on every other one: reported.
func (c *Cabinet) Release(ctx context.Context, nurse, otp, drawer string) (Reply, error) {
	ans, err := c.api.ValidateOTP(ctx, nurse, otp)
	if err != nil {
		return Reply{}, err
	}
	switch ans.Code() { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return Reply{Outcome: Reprompt, Note: "Enter the code again"}, nil
	case devreg.PartnerUserLoginLocked:
		c.alarms.Page(ctx, nurse)
		return Reply{Outcome: Refused, Note: "See the charge nurse"}, nil
	}
	if err := c.latches.Unlatch(ctx, drawer); err != nil {
		return Reply{}, err
	}
	return Reply{Outcome: Dispensed, Drawer: drawer}, nil
}

// ReleaseChecked answers every failure code before the drawer opens: quiet.
func (c *Cabinet) ReleaseChecked(ctx context.Context, nurse, otp, drawer string) (Reply, error) {
	ans, err := c.api.ValidateOTP(ctx, nurse, otp)
	if err != nil {
		return Reply{}, err
	}
	if code := ans.Code(); code != devreg.Success {
		switch code {
		case devreg.OTPInvalid, devreg.BogusOTP:
			return Reply{Outcome: Reprompt, Note: "Enter the code again"}, nil
		}
		return Reply{Outcome: Refused}, nil
	}
	if err := c.latches.Unlatch(ctx, drawer); err != nil {
		return Reply{}, err
	}
	return Reply{Outcome: Dispensed, Drawer: drawer}, nil
}

// ReleaseStrict refuses every other failure code in its default: quiet.
func (c *Cabinet) ReleaseStrict(ctx context.Context, nurse, otp, drawer string) (Reply, error) {
	ans, err := c.api.ValidateOTP(ctx, nurse, otp)
	if err != nil {
		return Reply{}, err
	}
	switch ans.Code() {
	case devreg.Success:
	case devreg.OTPInvalid, devreg.BogusOTP:
		return Reply{Outcome: Reprompt}, nil
	default:
		return Reply{Outcome: Refused}, nil
	}
	if err := c.latches.Unlatch(ctx, drawer); err != nil {
		return Reply{}, err
	}
	return Reply{Outcome: Dispensed, Drawer: drawer}, nil
}

// Precheck leaves every other code pending: the panel dispenses only on a
// later Dispensed, so a pending reply refuses: quiet.
func (c *Cabinet) Precheck(ctx context.Context, nurse, otp string) (Reply, error) {
	ans, err := c.api.ValidateOTP(ctx, nurse, otp)
	if err != nil {
		return Reply{}, err
	}
	switch ans.Code() {
	case devreg.OTPInvalid, devreg.BogusOTP:
		return Reply{Outcome: Reprompt}, nil
	case devreg.PartnerUserLoginLocked:
		return Reply{Outcome: Refused}, nil
	}
	return Reply{Outcome: Pending, Note: "Waiting for the pharmacist"}, nil
}

// Gate is what the boarding gate does with a crew member's code.
type Gate int

const (
	GateBoarded Gate = iota
	GateRescan
	GateDenied
)

// gateFor keeps the answer in a local whose zero value boards: the listed
// codes rescan or deny, every other one boards: reported.
func gateFor(code devreg.Code) Gate {
	var g Gate
	switch code { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		g = GateRescan
	case devreg.PartnerUserLoginLocked:
		g = GateDenied
	}
	return g
}

// Desk is which desk a ticket about a code goes to.
type Desk int

const (
	DeskFront Desk = iota
	DeskSecurity
	DeskIT
)

// Ticket routes a note to a desk.
type Ticket struct {
	Desk Desk
	Text string
}

// Route picks the desk for a ticket: no desk refuses anything, so Success's
// DeskFront grants nothing: quiet.
func (c *Cabinet) Route(ctx context.Context, nurse, otp string) (Ticket, error) {
	ans, err := c.api.ValidateOTP(ctx, nurse, otp)
	if err != nil {
		return Ticket{}, err
	}
	switch ans.Code() {
	case devreg.PartnerUserLoginLocked:
		return Ticket{Desk: DeskSecurity, Text: "nurse locked out"}, nil
	case devreg.DeviceInUse:
		return Ticket{Desk: DeskIT, Text: "token in use"}, nil
	}
	log.Printf("cabinet: code checked for %s", nurse)
	return Ticket{Desk: DeskFront, Text: "code checked"}, nil
}

// Severity is how loud an audit line is.
type Severity int

const (
	SeverityNotice Severity = iota
	SeverityError
)

// severityFor keeps a loudness in a local: an error line is no refusal:
// quiet.
func severityFor(code devreg.Code) Severity {
	var s Severity
	switch code {
	case devreg.OTPInvalid, devreg.PartnerUserLoginLocked:
		s = SeverityError
	}
	return s
}

var _, _ = gateFor, severityFor
