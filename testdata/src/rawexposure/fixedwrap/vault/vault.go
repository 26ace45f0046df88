// Package vault opens the narcotics vault after a SurePassID check of the
// clerk's code. Some refusals are folded into the team's own sentinels
// with the team's own reason text; others carry the vendor's answer.
package vault

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// Wrapped only with the team's fixed reasons: their text stays the team's.
var (
	ErrDenied  = errors.New("vault access denied")
	ErrBlocked = errors.New("clerk blocked")
	ErrHold    = errors.New("vault on hold")
)

// Wrapped with the vendor's message, its code, or a reason the vendor's
// text may be stored into.
var (
	ErrRefused = errors.New("code refused")           // want ErrRefused:`rawexposure\(wrapped sentinel\)`
	ErrCoded   = errors.New("verification failed")    // want ErrCoded:`rawexposure\(wrapped sentinel\)`
	ErrNoted   = errors.New("clerk flagged")          // want ErrNoted:`rawexposure\(wrapped sentinel\)`
	ErrEchoed  = errors.New("code could not be used") // want ErrEchoed:`rawexposure\(wrapped sentinel\)`
	ErrPending = errors.New("approval pending")       // want ErrPending:`rawexposure\(wrapped sentinel\)`
)

// Pending is exported: another package may store any text into it.
var Pending = map[int]string{
	9060: "pharmacist approval pending",
}

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// denials is the wording the team chose for the codes it knows.
var denials = map[int]string{
	9003: "code invalid",
	9004: "code already used",
	9010: "clerk not recognised",
}

// notes starts with the team's wording, but Open stores the vendor's text
// into it.
var notes = map[int]string{
	9020: "clerk under review",
}

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// APIError is the vendor's answer.
type APIError struct {
	Code int
	Msg  string // want Msg:"raw errorMessage"
}

func (e *APIError) Error() string { return "surepass: " + e.Msg } // want Error:"raw errorMessage"

// Vault talks to SurePassID.
type Vault struct {
	HTTP *http.Client
}

func (v *Vault) check(ctx context.Context, user, otp string) (*reply, error) {
	q := url.Values{"type": {"validate_otp"}, "userName": {user}, "otp": {otp}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	res, err := v.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var r reply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// blockReason picks the team's wording for a blocked clerk.
func blockReason(code int) string {
	switch code {
	case 9030:
		return "too many attempts"
	case 9031:
		return "account disabled"
	}
	return "blocked"
}

// Open checks the clerk's code. It logs the vendor's message, returns the
// raw answer for the codes it does not know, and folds the rest into its
// sentinels.
func (v *Vault) Open(ctx context.Context, user, otp string) error { // want Open:"raw errorMessage"
	r, err := v.check(ctx, user, otp)
	if err != nil {
		return err
	}
	if r.ErrorCode == 0 {
		return nil
	}
	log.Printf("vault: surepass %d: %s", r.ErrorCode, r.ErrorMessage)
	if reason, ok := denials[r.ErrorCode]; ok {
		return fmt.Errorf("%w: %s", ErrDenied, reason)
	}
	switch r.ErrorCode {
	case 9030, 9031:
		return fmt.Errorf("%w (%s)", ErrBlocked, blockReason(r.ErrorCode))
	case 9040, 9041:
		label := "maintenance"
		if r.ErrorCode == 9041 {
			label = "audit"
		}
		return fmt.Errorf("%w: "+label+" window", ErrHold)
	case 9050:
		return fmt.Errorf("%w: %s", ErrRefused, r.ErrorMessage)
	case 9051:
		return fmt.Errorf("%w (code %d)", ErrCoded, r.ErrorCode)
	case 9052:
		notes[r.ErrorCode] = r.ErrorMessage
		return fmt.Errorf("%w: %s", ErrNoted, notes[r.ErrorCode])
	case 9060:
		return fmt.Errorf("%w: %s", ErrPending, Pending[r.ErrorCode])
	case 9053:
		return fmt.Errorf("%w: %s", ErrEchoed, echo(otp))
	}
	return &APIError{Code: r.ErrorCode, Msg: r.ErrorMessage}
}

// echo returns what it is given: its result is not the team's text.
func echo(s string) string {
	if s == "" {
		return "empty code"
	}
	return s
}
