// Package otpgate is a clinic's SurePassID client. A refused check is an
// *APIError holding the return code; callers read the code back with
// CodeOf, which says whether the error carried one, or with the error's
// own method.
package otpgate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// Endpoint is the SurePassID REST endpoint the clinic uses.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// APIError is a call SurePassID answered with a failure code.
type APIError struct {
	Op      string
	Code    int
	Message string
}

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// ReturnCode is the code SurePassID answered.
func (e *APIError) ReturnCode() int { // want ReturnCode:"codeswitch\\(accessor: receiver.Code\\)"
	return e.Code
}

func (e *APIError) Error() string { return fmt.Sprintf("otpgate %s: %s", e.Op, e.Message) }

// Client calls SurePassID.
type Client struct {
	do func(ctx context.Context, body map[string]string) ([]byte, error)
}

// Verify checks an OTP; a failure code comes back as an *APIError.
func (c *Client) Verify(ctx context.Context, user, otp string) error {
	raw, err := c.do(ctx, map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return err
	}
	var r reply
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	if r.ErrorCode != 0 {
		return &APIError{Op: "validate_oath_otp", Code: r.ErrorCode, Message: r.ErrorMessage}
	}
	return nil
}

// CodeOf reads the return code back from err; ok is false when err is
// nil or carries no code.
func CodeOf(err error) (code int, ok bool) { // want CodeOf:"codeswitch\\(accessor: param 0.errors.As\\(\\).Code\\)"
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Code, true
	}
	return 0, false
}

// Lookup is CodeOf through a type assertion.
func Lookup(err error) (int, bool) { // want Lookup:"codeswitch\\(accessor: param 0.errors.As\\(\\).Code\\)"
	ae, ok := err.(*APIError)
	if !ok {
		return 0, false
	}
	return ae.Code, true
}
