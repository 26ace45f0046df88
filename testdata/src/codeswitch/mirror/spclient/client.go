// Package spclient is a travel agency's SurePassID client. It turns the
// numeric return code into the agency's own Outcome at once: handlers never
// see the number.
package spclient

import (
	"context"
	"encoding/json"
	"net/http"
)

const endpoint = "https://api.surepassid.com/AuthServer/REST/OTP/ValidateOTP"

// Outcome is what a sign-in attempt came to, as the agency names it.
type Outcome string

const (
	Accepted   Outcome = "ACCEPTED"
	WrongCode  Outcome = "WRONG_CODE"
	Replayed   Outcome = "REPLAYED"
	LockedOut  Outcome = "LOCKED_OUT"
	NoSuchUser Outcome = "NO_SUCH_USER"
	Upstream   Outcome = "UPSTREAM"
	Unmapped   Outcome = "UNMAPPED"
)

// outcomeByCode is keyed by published codes.
var outcomeByCode = map[int]Outcome{
	0:    Accepted,
	9001: NoSuchUser,
	9002: Replayed,
	9003: WrongCode,
	9030: WrongCode,
	9015: LockedOut,
	9096: LockedOut,
	9010: Upstream,
}

// OutcomeOf maps a return code; a code the table does not know is Unmapped.
func OutcomeOf(code int) Outcome {
	if o, ok := outcomeByCode[code]; ok {
		return o
	}
	return Unmapped
}

// Step is what the kiosk flow does next.
type Step int

const (
	StepProceed Step = iota
	StepRetry
	StepLock
	StepStop
)

// StepFor maps a return code to the kiosk's next step.
func StepFor(code int) Step {
	switch code {
	case 0:
		return StepProceed
	case 9002, 9003, 9030:
		return StepRetry
	case 9015, 9096:
		return StepLock
	default:
		return StepStop
	}
}

// Alert is how loudly the fraud desk hears of an attempt.
type Alert int

const (
	AlertNone Alert = iota
	AlertLow
	AlertHigh
)

// alertByCode names a few failures only: no mirror of the codes.
var alertByCode = map[int]Alert{
	9002: AlertHigh,
	9015: AlertHigh,
	9096: AlertHigh,
	9003: AlertLow,
}

// Result is a verification's answer, in the agency's terms.
type Result struct {
	Outcome Outcome
	Step    Step
	Alert   Alert
}

// OK reports whether the code was accepted.
func (r Result) OK() bool { return r.Outcome == Accepted } // want OK:"codeswitch\\(predicate: true when receiver.Outcome is Success\\)"

// Client calls the API.
type Client struct{ HTTP *http.Client }

// Verify checks a one-time code.
func (c *Client) Verify(ctx context.Context, user, otp string) (Result, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, nil)
	if err != nil {
		return Result{}, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return Result{}, err
	}
	defer resp.Body.Close()
	var wire struct {
		ErrorCode    int    `json:"errorCode"`
		ErrorMessage string `json:"errorMessage"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&wire); err != nil {
		return Result{}, err
	}
	return Result{Outcome: OutcomeOf(wire.ErrorCode), Step: StepFor(wire.ErrorCode), Alert: alertByCode[wire.ErrorCode]}, nil
}
