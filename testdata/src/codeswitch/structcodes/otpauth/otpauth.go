// Package otpauth is a small SurePassID client for a visitor-badge kiosk.
// The codes it reads are the fields of one package-level value, not
// constants.
package otpauth

import (
	"context"
	"errors"
	"fmt"
)

// RC holds the return codes the kiosk handles, positionally.
var RC = struct {
	Success, PartnerLoginFailed, OTPAlreadyUsed, OTPInvalid, Locked, DatabaseError, UserLocked int
}{0, 9000, 9002, 9003, 9015, 9010, 9096}

type request struct {
	Type      string `json:"type"`
	Username  string `json:"username"`
	OTP       string `json:"otp"`
	LoginName string `json:"spAccountLoginName"`
	LoginKey  string `json:"spAccountLoginKey"`
}

// Reply is the decoded answer of the AuthServer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls one server.
type Client struct{ name, key string }

// Validate posts validate_oath_otp.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Reply, error) {
	_ = request{Type: "validate_oath_otp", Username: user, OTP: otp, LoginName: c.name, LoginKey: c.key}
	return &Reply{}, nil
}

// Errors the kiosk shows.
var (
	ErrWrongCode = errors.New("otpauth: wrong code")
	ErrLocked    = errors.New("otpauth: locked")
	ErrBackend   = errors.New("otpauth: try again later")
)

// Check maps a reply to an error, leaving every unlisted failure to pass.
func Check(r *Reply) error {
	switch r.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case RC.OTPInvalid, RC.OTPAlreadyUsed:
		return ErrWrongCode
	case RC.Locked, RC.UserLocked:
		return ErrLocked
	case RC.DatabaseError:
		return ErrBackend
	}
	return nil
}

// CheckStrict is Check's fail-closed twin: only Success passes.
func CheckStrict(r *Reply) error { // want CheckStrict:"codeswitch\\(nil error when param 0.ErrorCode is Success\\)"
	switch r.ErrorCode {
	case RC.Success:
		return nil
	case RC.Locked, RC.UserLocked:
		return ErrLocked
	default:
		return fmt.Errorf("otpauth: refused (%d)", r.ErrorCode)
	}
}

// Passed reports whether the kiosk may print the badge.
func Passed(r *Reply) bool {
	if r.ErrorCode == RC.OTPInvalid || r.ErrorCode == RC.OTPAlreadyUsed { // want `fail-open if-else chain over SurePassID return codes`
		return false
	} else if r.ErrorCode == RC.Locked {
		return false
	}
	return true
}

// PassedStrict only accepts Success.
func PassedStrict(r *Reply) bool { // want PassedStrict:"codeswitch\\(predicate: true when param 0.ErrorCode is Success\\)"
	return r.ErrorCode == RC.Success
}

// Err maps the reply onto the kiosk's errors; the codes it does not list
// are backend failures.
func (r *Reply) Err() error { // want Err:"codeswitch\\(nil error when receiver.ErrorCode is Success\\)"
	switch r.ErrorCode {
	case RC.Success:
		return nil
	case RC.OTPInvalid, RC.OTPAlreadyUsed:
		return ErrWrongCode
	case RC.Locked, RC.UserLocked:
		return ErrLocked
	}
	return ErrBackend
}
