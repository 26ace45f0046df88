// Package seatauth is a box office's SurePassID client: a failure is an
// *APIError holding the return code, and CodeOf reads it back from any
// error (-1 when there is none, nil included).
package seatauth

import (
	"context"
	"errors"
	"fmt"
)

// The return codes the box office names.
const (
	Success       = 0
	OTPInvalid    = 9003
	OTPReplayed   = 9002
	AccountLocked = 9022
	DBError       = 9010
)

// APIError is a failure SurePassID answered.
type APIError struct {
	Code    int
	Message string
}

func (e *APIError) Error() string { return fmt.Sprintf("surepassid %d: %s", e.Code, e.Message) }

// CodeOf returns the code err carries, -1 without one.
func CodeOf(err error) int { // want CodeOf:"codeswitch\\(accessor: param 0.errors.As\\(\\).Code\\)"
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return -1
}

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func call(ctx context.Context, kind string, form map[string]string) (reply, error) {
	return reply{}, ctx.Err()
}

// Verify checks a patron's OTP.
func Verify(ctx context.Context, patron, otp string) error {
	r, err := call(ctx, "validate_oath_otp", map[string]string{"username": patron, "otp": otp})
	if err != nil {
		return err
	}
	if r.ErrorCode != Success {
		return &APIError{Code: r.ErrorCode, Message: r.ErrorMessage}
	}
	return nil
}
