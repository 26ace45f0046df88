// Package rackspapi is a data centre's small SurePassID client: every
// non-zero errorCode comes back as an *APIError.
package rackspapi

import (
	"context"
	"errors"
)

// Code is SurePassID's errorCode.
type Code int32

const (
	CodeSuccess           Code = 0
	CodeOTPInvalid        Code = 9003
	CodeDeviceInvalid     Code = 9004
	CodeDeviceNotFound    Code = 9021
	CodeBogusSerialNumber Code = 9029
	CodeDeviceInUse       Code = 9019
)

// APIError is a failed call.
type APIError struct {
	Code    Code   `json:"errorCode"`
	Message string `json:"errorMessage"`
}

func (e *APIError) Error() string { return e.Message } // want Error:"codeswitch\\(accessor: receiver.Message\\)"

// FromErr returns the APIError err wraps.
func FromErr(err error) (*APIError, bool) {
	var e *APIError
	ok := errors.As(err, &e)
	return e, ok
}

// Client calls the API.
type Client interface {
	AssignDevice(ctx context.Context, user, psn string) error
	UnassignDevice(ctx context.Context, user, psn string) error
	ValidateOTP(ctx context.Context, user, otp string) error
}
