// Package spclient is a small SurePassID client with its own error type.
package spclient

import (
	"context"
	"fmt"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// APIError is a failed call.
type APIError struct {
	Op      string
	Code    int
	Message string // want Message:`rawexposure\(raw errorMessage from spclient.APIError.Message\)`
}

func (e *APIError) Error() string { // want Error:`rawexposure\(result 0 raw errorMessage from spclient.APIError.Message\)`
	return fmt.Sprintf("surepass %s: %s (code %d)", e.Op, e.Message, e.Code)
}

// Client calls SurePassID.
type Client struct{}

func (c *Client) call(ctx context.Context, op string) (reply, error) { return reply{}, nil }

// ConfirmOTP returns an *APIError for a failure.
func (c *Client) ConfirmOTP(ctx context.Context, user, otp string) error { // want ConfirmOTP:`rawexposure\(result 0 raw errorMessage from spclient.ConfirmOTP\)`
	rep, err := c.call(ctx, "validate_oath_otp")
	if err != nil {
		return err
	}
	if code := rep.ErrorCode; code != 0 {
		return &APIError{Op: "validate_oath_otp", Code: code, Message: rep.ErrorMessage}
	}
	return nil
}

// VerifyOTP wraps the message in a plain error.
func (c *Client) VerifyOTP(ctx context.Context, user, otp string) error { // want VerifyOTP:`rawexposure\(result 0 raw errorMessage from spclient.VerifyOTP\)`
	rep, err := c.call(ctx, "validate_oath_otp")
	if err != nil {
		return err
	}
	if rep.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", rep.ErrorMessage)
	}
	return nil
}
