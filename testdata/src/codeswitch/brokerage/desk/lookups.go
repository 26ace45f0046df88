// Package desk places orders for a brokerage's traders after a
// SurePassID check; its policies are tables keyed by the return code,
// looked up once and consulted later.
package desk

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/brokerage/spauth"
)

var (
	errDenied = errors.New("desk: order refused")
	errStepUp = errors.New("desk: a second factor is required")
	errLocked = errors.New("desk: the account is locked")
)

// Verdict is what the desk does with a signed order. Its zero value
// proceeds.
type Verdict int

const (
	Proceed Verdict = iota
	StepUp
	Refuse
)

type book interface {
	Place(ctx context.Context, order string) error
}

// Desk is one trading desk.
type Desk struct {
	sp      spauth.Client
	book    book
	next    Verdict
	pending Verdict
}

// policy lists a few codes; every other code gets Proceed, the zero value.
var policy = map[spauth.Code]Verdict{
	spauth.OTPInvalid:                       Refuse,
	spauth.OTPAlreadyUsed:                   Refuse,
	spauth.MaximumFailedOTPRequestsExceeded: Refuse,
	spauth.AccountExpired:                   StepUp,
}

// Place looks the verdict up and keeps it: a disabled user or a bypass
// attempt gets Proceed. Reported at the lookup.
func (d *Desk) Place(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	action := policy[resp.ErrorCode] // want `fail-open table lookup over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	log.Printf("desk: %s: verdict %d", user, action)
	if action == Refuse {
		return errDenied
	}
	if action == StepUp {
		return errStepUp
	}
	return d.book.Place(ctx, order)
}

// Amend switches on the verdict it kept. Reported at the lookup.
func (d *Desk) Amend(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	verdict := policy[resp.ErrorCode] // want `fail-open table lookup over SurePassID return codes`
	switch verdict {
	case Refuse:
		return errDenied
	case StepUp:
		return errStepUp
	}
	return d.book.Place(ctx, order)
}

// Route keeps the verdict in a field of the desk. Reported at the lookup.
func (d *Desk) Route(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	d.next = policy[resp.ErrorCode] // want `fail-open table lookup over SurePassID return codes`
	if d.next == Refuse {
		return errDenied
	}
	if d.next == StepUp {
		return errStepUp
	}
	return d.book.Place(ctx, order)
}

// riskTable is keyed by the plain number.
var riskTable = map[int]Verdict{
	9003: Refuse,
	9002: Refuse,
	9007: Refuse,
}

// Cancel converts the code before the lookup. Reported.
func (d *Desk) Cancel(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	verdict := riskTable[int(resp.ErrorCode)] // want `fail-open table lookup over SurePassID return codes`
	if verdict == Refuse {
		return errDenied
	}
	return d.book.Place(ctx, order)
}

// refusals gives a message for the codes it refuses; "" proceeds.
var refusals = map[spauth.Code]string{
	spauth.OTPInvalid:     "The code is not correct.",
	spauth.OTPAlreadyUsed: "This code was already used.",
}

// Trade answers the message of a listed code; an empty one proceeds.
// Reported.
func (d *Desk) Trade(w http.ResponseWriter, r *http.Request) {
	resp, err := d.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	msg := refusals[resp.ErrorCode] // want `fail-open table lookup over SurePassID return codes`
	if msg != "" {
		http.Error(w, msg, http.StatusForbidden)
		return
	}
	_ = d.book.Place(r.Context(), r.FormValue("order"))
	w.WriteHeader(http.StatusOK)
}

// failures maps codes to errors; nil proceeds.
var failures = map[spauth.Code]error{
	spauth.OTPInvalid:                       errDenied,
	spauth.MaximumFailedOTPRequestsExceeded: errLocked,
}

// Transfer returns the error of a listed code: nil for any other.
// Reported.
func (d *Desk) Transfer(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	ferr := failures[resp.ErrorCode] // want `fail-open table lookup over SurePassID return codes`
	if ferr != nil {
		return ferr
	}
	return d.book.Place(ctx, order)
}

// prepare keeps a verdict that Commit, another method, reads: the lookup
// is not followed out of its function. Not reported.
func (d *Desk) prepare(code spauth.Code) { d.pending = policy[code] }

func (d *Desk) Commit(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	d.prepare(resp.ErrorCode)
	if d.pending == Refuse {
		return errDenied
	}
	return d.book.Place(ctx, order)
}
