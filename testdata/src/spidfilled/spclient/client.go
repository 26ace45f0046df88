// Package spclient turns SurePassID failures into an error type.
package spclient // want "relevant package"

import (
	"errors"
	"fmt"
	"strconv"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type reply struct {
	ErrorCode    string `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// APIError carries the code and the message of a failed call: Code gets
// the code's role; the message's is rawexposure's to follow (its facts on
// fields).
type APIError struct {
	Op      string
	Code    int
	Message string
}

func (e *APIError) Error() string { return fmt.Sprintf("%s: %s (%d)", e.Op, e.Message, e.Code) } // want "role code"

// RetryError's fields are filled with the code and with other numbers.
type RetryError struct {
	After int
	Note  string
}

func (e RetryError) Error() string { return e.Note }

// view is a page model, not an error: what is stored in it gives no role.
type view struct {
	Code    int
	Message string
}

func check(rep reply, attempt int) (error, view) {
	code, err := strconv.Atoi(rep.ErrorCode) // want "call is code" "role code"
	if err != nil {
		return err, view{}
	}
	if code != 0 {
		re := RetryError{After: attempt}
		re.After = code
		return &APIError{Op: "validate", Code: code, Message: rep.ErrorMessage}, view{Code: code, Message: rep.ErrorMessage} // want "role message" "role message"
	}
	return nil, view{}
}

func use(e *APIError, r RetryError, v view) {
	_ = e.Code    // want "role code"
	_ = e.Message // rawexposure follows what is stored in it on its own
	_ = e.Op
	_ = r.After
	_ = v.Code
	_ = v.Message
}

// LockError is built by a constructor every call of which passes a code:
// Code gets the code's role.
type LockError struct {
	Code  int
	Until string
}

func (e *LockError) Error() string { return "locked until " + e.Until }

func lockErr(code int, until string) error { return &LockError{Code: code, Until: until} }

// HoldError's constructor is also passed the attempt count: no role.
type HoldError struct{ Seconds int }

func (e *HoldError) Error() string { return "hold" }

func holdErr(n int) error { return &HoldError{Seconds: n} }

func lock(rep reply, attempt int) (error, error) {
	code, _ := strconv.Atoi(rep.ErrorCode) // want "call is code" "role code"
	return lockErr(code, "tomorrow"), holdErr(attempt)
}

func hold(rep reply) error {
	code, _ := strconv.Atoi(rep.ErrorCode) // want "call is code" "role code"
	return holdErr(code)
}

// ReasonOf reads the code back from an error, -1 without one.
func ReasonOf(err error) int {
	var le *LockError
	if errors.As(err, &le) {
		return le.Code // want "role code"
	}
	return -1
}
