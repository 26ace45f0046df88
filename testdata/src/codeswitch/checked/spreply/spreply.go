// Package spreply is a small SurePassID client whose answer keeps the
// return code as json.Number (some on-premises servers quote it) and hands
// it out through getters with a second result.
package spreply

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Code mirrors the return codes the service handles.
type Code int32

const (
	CodeSuccess          Code = 0
	CodeUserLoginFailed  Code = 9001
	CodeOTPAlreadyUsed   Code = 9002
	CodeOTPInvalid       Code = 9003
	CodeDatabaseError    Code = 9010
	CodeSMSSendError     Code = 9012
	CodeTooManyFailedOTP Code = 9015
	CodeUserLockout      Code = 9096
)

// Answer is what every operation answers with.
type Answer struct {
	Kind string      `json:"type"`
	Raw  json.Number `json:"errorCode"`
	Text string      `json:"errorMessage"`
}

var errNoCode = errors.New("spreply: answer without errorCode")

// Number parses the return code.
func (a *Answer) Number() (int64, error) { // want Number:"codeswitch\\(accessor: receiver.Raw\\)"
	if a == nil || a.Raw == "" {
		return 0, errNoCode
	}
	return a.Raw.Int64()
}

// Int is Number without the guard.
func (a *Answer) Int() (int64, error) { // want Int:"codeswitch\\(accessor: receiver.Raw\\)"
	return a.Raw.Int64()
}

// Lookup is Number with a comma-ok.
func (a *Answer) Lookup() (int, bool) { // want Lookup:"codeswitch\\(accessor: receiver.Raw\\)"
	n, err := strconv.Atoi(string(a.Raw))
	if err != nil {
		return 0, false
	}
	return n, true
}

// Code is the number as the enum; an unreadable answer counts as a
// database error, never as success.
func (a *Answer) Code() Code { // want Code:"codeswitch\\(accessor: receiver.Raw\\)"
	n, err := a.Number()
	if err != nil {
		return CodeDatabaseError
	}
	return Code(n)
}

// Succeeded is true only for an explicit success code.
func (a *Answer) Succeeded() bool { // want Succeeded:"codeswitch\\(predicate: true when receiver.Raw is Success\\)"
	n, err := a.Number()
	return err == nil && n == int64(CodeSuccess)
}

// Accepted is Succeeded read through the comma-ok getter.
func (a *Answer) Accepted() bool { // want Accepted:"codeswitch\\(predicate: true when receiver.Raw is Success\\)"
	n, ok := a.Lookup()
	return ok && n == 0
}

// Fine reads the enum getter into a local first.
func (a *Answer) Fine() bool { // want Fine:"codeswitch\\(predicate: true when receiver.Raw is Success\\)"
	c := a.Code()
	return c == CodeSuccess
}

// AsError is nil on success and an *Error for every other code.
func (a *Answer) AsError(op string) error { // want AsError:"codeswitch\\(nil error when receiver.Raw is Success\\)"
	if a.Succeeded() {
		return nil
	}
	return &Error{Op: op, Code: a.Code()}
}

// Lenient lets a replayed code through as well: the delivery path calls it
// for idempotent resends.
func (a *Answer) Lenient(op string) error {
	if a.Code() == CodeSuccess || a.Code() == CodeOTPAlreadyUsed {
		return nil
	}
	return &Error{Op: op, Code: a.Code()}
}

// Failure is AsError as a function.
func Failure(a *Answer) error { // want Failure:"codeswitch\\(nil error when param 0.Raw is Success\\)"
	if a.Code() == CodeSuccess {
		return nil
	}
	return fmt.Errorf("spreply: %s failed", a.Kind)
}

// Error is a non-success answer.
type Error struct {
	Op   string
	Code Code
}

func (e *Error) Error() string { return fmt.Sprintf("spreply %s: code %d", e.Op, e.Code) }

// Client calls the server.
type Client struct{ Endpoint string }

// ValidateOTP checks a one-time password.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Answer, error) {
	return &Answer{Kind: "validate_oath_otp"}, nil
}

// SendOTP asks the server to deliver a one-time password.
func (c *Client) SendOTP(ctx context.Context, user, channel string) (*Answer, error) {
	return &Answer{Kind: "send_oath_otp"}, nil
}
