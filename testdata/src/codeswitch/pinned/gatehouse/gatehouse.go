// Package gatehouse is a parking operator's SurePassID client. It keeps the
// return codes it reads as package variables, and answers the exit lanes
// with a Ticket built by two small helpers.
package gatehouse

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// The return codes the gate reads: variables never assigned, so constants.
var (
	rcOK          = 0
	rcOTPReused   = 9002
	rcOTPWrong    = 9003
	rcUserOff     = 9007
	rcDBError     = 9010
	rcTooMany     = 9015
	rcNoDevice    = 9021
	rcInUse       = 9019
	rcBogus       = 9030
	rcProvisioned = 9045
)

// FallbackCode is exported: an importer may assign it, so it is no
// constant.
var FallbackCode = 9003

// lockoutCode is set by Configure: no constant either.
var lockoutCode = 9015

// Configure sets the code the lanes treat as a lockout.
func Configure(code int) { lockoutCode = code }

// ErrGateDown is returned when SurePassID cannot be reached.
var (
	ErrGateDown = errors.New("gatehouse: verification unavailable")
	ErrWrongPIN = errors.New("gatehouse: wrong code")
	ErrBlocked  = errors.New("gatehouse: account blocked")
)

// Ticket is what an exit lane sees of a decision.
type Ticket interface {
	Open() bool
	Note() string
}

type ticket struct {
	approved bool
	op       string
	note     string
}

func (t ticket) Open() bool   { return t.approved } // want Open:"codeswitch\\(accessor: receiver.approved\\)"
func (t ticket) Note() string { return t.note }     // want Note:"codeswitch\\(accessor: receiver.note\\)"

// The two builders: a literal with the success flag false, and true.
func refuse(op, note string) Ticket { return ticket{approved: false, op: op, note: note} }

func admit(op string) Ticket { return ticket{approved: true, op: op} }

// Fault is a non-zero return code.
type Fault struct {
	Op   string
	Code int
	Text string
}

func (f *Fault) Error() string { return fmt.Sprintf("gatehouse %s: %s", f.Op, f.Text) }

// Unwrap maps codes to the package's sentinels for errors.Is; the Fault is
// itself returned for every non-zero code: not reported.
func (f *Fault) Unwrap() error {
	switch f.Code {
	case rcOTPWrong, rcOTPReused, rcBogus:
		return ErrWrongPIN
	case rcTooMany, rcUserOff:
		return ErrBlocked
	}
	return nil
}

// Is answers errors.Is the same way: not reported.
func (f *Fault) Is(target error) bool { // want Is:"codeswitch\\(predicate: true only when receiver.Code is DatabaseError\\)"
	switch f.Code {
	case rcDBError:
		return target == ErrGateDown
	}
	return false
}

// Poster sends one request to SurePassID.
type Poster interface {
	Post(ctx context.Context, op string, body map[string]string) ([]byte, error)
}

// Endpoint is SurePassID's REST endpoint the poster is given.
const Endpoint = "https://api.surepassid.com/AuthServer/REST/OTP/U2FServer.aspx"

// Client talks to SurePassID for the lanes.
type Client struct{ P Poster }

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func (c *Client) call(ctx context.Context, op string, body map[string]string) (*reply, error) {
	raw, err := c.P.Post(ctx, op, body)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrGateDown, err)
	}
	var r reply
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, ErrGateDown
	}
	return &r, nil
}

// CheckPIN rejects three wrong-code answers by variable and lets every
// other answer out of the car park.
func (c *Client) CheckPIN(ctx context.Context, plate, pin string) (Ticket, error) {
	r, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": plate, "otp": pin})
	if err != nil {
		return nil, err
	}
	switch r.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case rcOTPWrong, rcBogus:
		return refuse("validate_oath_otp", r.ErrorMessage), nil
	case rcOTPReused:
		return refuse("validate_oath_otp", "code already used"), nil
	}
	return admit("validate_oath_otp"), nil
}

// CheckPINStrict has a default refusing the rest: not reported.
func (c *Client) CheckPINStrict(ctx context.Context, plate, pin string) (Ticket, error) {
	r, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": plate, "otp": pin})
	if err != nil {
		return nil, err
	}
	switch r.ErrorCode {
	case rcOK:
		return admit("validate_oath_otp"), nil
	case rcOTPWrong, rcBogus:
		return refuse("validate_oath_otp", "wrong code"), nil
	default:
		return refuse("validate_oath_otp", "refused"), nil
	}
}

// Verdict is how a lane treats an answer.
type Verdict int

const (
	VerdictPass Verdict = iota
	VerdictRetry
	VerdictStop
)

// verdicts is keyed by the code variables.
var verdicts = map[int]Verdict{
	rcOK:          VerdictPass,
	rcProvisioned: VerdictPass,
	rcOTPWrong:    VerdictStop,
	rcBogus:       VerdictStop,
	rcUserOff:     VerdictStop,
}

// CheckBadge stops the codes the table says stop; a code missing from the
// table reads VerdictPass, the zero value: reported.
func (c *Client) CheckBadge(ctx context.Context, plate, pin string) (Ticket, error) {
	r, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": plate, "otp": pin})
	if err != nil {
		return nil, err
	}
	if verdicts[r.ErrorCode] == VerdictStop { // want `fail-open`
		return refuse("validate_oath_otp", "refused"), nil
	}
	return admit("validate_oath_otp"), nil
}

// CheckBadgeStrict passes only the codes the table knows to pass: not
// reported.
func (c *Client) CheckBadgeStrict(ctx context.Context, plate, pin string) (Ticket, error) {
	r, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": plate, "otp": pin})
	if err != nil {
		return nil, err
	}
	if v, known := verdicts[r.ErrorCode]; !known || v != VerdictPass {
		return refuse("validate_oath_otp", "refused"), nil
	}
	return admit("validate_oath_otp"), nil
}

// CheckLockout compares with a variable Configure assigns and one an
// importer may assign: neither is a constant, nothing is listed, not
// reported.
func (c *Client) CheckLockout(ctx context.Context, plate, pin string) (Ticket, error) {
	r, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": plate, "otp": pin})
	if err != nil {
		return nil, err
	}
	if r.ErrorCode == lockoutCode || r.ErrorCode == FallbackCode {
		return refuse("validate_oath_otp", "locked"), nil
	}
	return admit("validate_oath_otp"), nil
}

// BindFob hands the code back to the lane, which decides; only backend
// failures become errors here: not reported (the lane's dispatch is).
func (c *Client) BindFob(ctx context.Context, plate, fob string) (int, error) {
	r, err := c.call(ctx, "assign_device", map[string]string{"username": plate, "psn": fob})
	if err != nil {
		return 0, err
	}
	code := r.ErrorCode
	if code == rcDBError {
		return code, &Fault{Op: "assign_device", Code: code, Text: r.ErrorMessage}
	}
	return code, nil
}

// BindFobChecked returns a verdict beside the code: its dispatch decides
// (reported).
func (c *Client) BindFobChecked(ctx context.Context, plate, fob string) (int, bool) {
	r, err := c.call(ctx, "assign_device", map[string]string{"username": plate, "psn": fob})
	if err != nil {
		return 0, false
	}
	code := r.ErrorCode
	if code == rcNoDevice || code == rcInUse { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return code, false
	}
	return code, true
}

// SessionStatus hands back the code of a session-token check.
func (c *Client) SessionStatus(ctx context.Context, plate, token string) (int, string, error) {
	r, err := c.call(ctx, "validate_session_token", map[string]string{"username": plate, "token": token})
	if err != nil {
		return 0, "", err
	}
	return r.ErrorCode, r.ErrorMessage, nil
}

// AnyOf reports whether code is one of list.
func AnyOf(code int, list []int) bool { // want AnyOf:"codeswitch\\(member\\)"
	for _, c := range list {
		if c == code {
			return true
		}
	}
	return false
}
