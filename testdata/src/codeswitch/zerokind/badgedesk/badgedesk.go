// Package badgedesk issues building badges after a SurePassID check; its
// classifiers keep their answer in a local the way the desk's team
// writes them.
package badgedesk

import (
	"log"

	"codeswitch/zerokind/spanswer"
)

// Outcome is how a badge request ends.
type Outcome int

const (
	OutcomeGranted Outcome = iota
	OutcomeRetry
	OutcomeEscalate
)

// badgeOutcome starts from OutcomeGranted and changes it in an if-else
// chain for the codes it names: every other code is granted a badge.
// Reported.
func badgeOutcome(code int) Outcome {
	out := OutcomeGranted
	if code == spanswer.RCOTPInvalid || code == spanswer.RCOTPAlreadyUsed { // want `fail-open if-else chain over SurePassID return codes`
		out = OutcomeRetry
	} else if code == spanswer.RCTooManyAttempts {
		out = OutcomeEscalate
	}
	return out
}

// badgeOutcomeEscalating is its twin that starts from a refusal: the
// codes it does not list escalate. Not reported.
func badgeOutcomeEscalating(code int) Outcome {
	out := OutcomeEscalate
	if code == spanswer.RCSuccess {
		out = OutcomeGranted
	} else if code == spanswer.RCOTPInvalid || code == spanswer.RCOTPAlreadyUsed {
		out = OutcomeRetry
	}
	return out
}

// Ticket is what the desk's kiosk prints; Status's zero value,
// StatusActive, opens the doors.
type Ticket struct {
	Status BadgeStatus
	Hint   string
}

// BadgeStatus is a printed badge's state.
type BadgeStatus int

const (
	StatusActive BadgeStatus = iota
	StatusPending
	StatusSuspended
)

// ticketFor names its results and sets the ticket's Status only for the
// codes it lists, with bare returns: every other code gets an active
// badge. Reported.
func ticketFor(code int) (t Ticket, err error) {
	switch code { // want `fail-open switch over SurePassID return codes`
	case spanswer.RCOTPInvalid:
		t.Status = StatusPending
		t.Hint = "Type the new code."
	case spanswer.RCDeviceDisabled, spanswer.RCOTPBypass:
		t.Status = StatusSuspended
	}
	return
}

// scanKind is the answer of the turnstile's scanner; its zero value is
// unknown, and the turnstile stays shut on it.
type scanKind int

const (
	scanUnknown scanKind = iota
	scanWrongCode
	scanLocked
	scanOpen
)

// scanFor leaves the codes it does not list at scanUnknown, which the
// turnstile refuses. Not reported.
func scanFor(code int) scanKind {
	var k scanKind
	switch code {
	case spanswer.RCOTPInvalid, spanswer.RCOTPAlreadyUsed:
		k = scanWrongCode
	case spanswer.RCTooManyAttempts:
		k = scanLocked
	}
	return k
}

// Turnstile opens only on scanOpen.
func Turnstile(code int) bool {
	if code == spanswer.RCSuccess {
		return true
	}
	return scanFor(code) == scanOpen
}

// severity is how loud the desk's audit log is about an answer.
type severity int

const (
	severityInfo severity = iota
	severityWarn
	severityPage
)

// auditSeverity only picks how the answer is logged. Not reported.
func auditSeverity(code int) (s severity) {
	switch code {
	case spanswer.RCOTPBypass:
		s = severityPage
	case spanswer.RCOTPInvalid, spanswer.RCMaxFailedOTP:
		s = severityWarn
	}
	return
}

// Audit logs the answer.
func Audit(code int) {
	log.Printf("badge answer %d severity %d", code, auditSeverity(code))
}

// printerState mirrors a badge printer's own status codes, of another
// vendor whose numbers are not SurePassID's.
type printerState int

const (
	printerReady printerState = iota
	printerJam
	printerNoRibbon
)

// printerFor maps the printer's status. Not reported.
func printerFor(status int) printerState {
	var st printerState
	switch status {
	case 3, 4:
		st = printerJam
	case 7:
		st = printerNoRibbon
	}
	return st
}

// Issue prints a badge when the check granted one.
func Issue(code, printer int) bool {
	if badgeOutcome(code) != OutcomeGranted || badgeOutcomeEscalating(code) != OutcomeGranted {
		return false
	}
	if t, err := ticketFor(code); err != nil || t.Status != StatusActive {
		return false
	}
	return printerFor(printer) == printerReady
}
