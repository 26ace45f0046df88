// Package spclient turns SurePassID failures into an error type.
package spclient // want "relevant package"

import (
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
