// Package spclient wraps the generated SurePassID client.
package spclient

import (
	"context"
	"fmt"

	"github.com/samber/lo"

	"rawexposure/oapienv/authapi"
)

// APIError is a non-zero result.
type APIError struct {
	Code    authapi.ResultCode
	Message string // want Message:`raw errorMessage from spclient.APIError.Message`
}

func (e *APIError) Error() string { return "surepass: request failed" } // want Error:`reads fields `

// Client calls SurePassID through the generated caller.
type Client struct{ API authapi.Caller }

// CheckOTP folds a non-zero result into an error quoting the server.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) error { // want CheckOTP:`result 0 raw errorMessage from spclient.CheckOTP`
	res, err := c.API.ValidateOtp(ctx, authapi.ValidateOtpRequest{Username: user, Otp: otp})
	if err != nil {
		return err
	}
	if lo.FromPtr(res.ErrorCode) != 0 {
		return fmt.Errorf("surepass: %s", lo.FromPtr(res.ErrorMessage))
	}
	return nil
}

// SendOTP returns a non-zero result as *APIError.
func (c *Client) SendOTP(ctx context.Context, user string) error { // want SendOTP:`result 0 raw errorMessage from authapi.Message \(not in its text\)`
	res, err := c.API.ValidateOtp(ctx, authapi.ValidateOtpRequest{Username: user})
	if err != nil {
		return err
	}
	if code := res.Code(); code != authapi.ResultCodeN0 {
		return &APIError{Code: code, Message: res.Message()}
	}
	return nil
}
