// Package spsdk is a vendor's SurePassID SDK, with its own
// return-code type mirroring part of the published enum.
package spsdk

import (
	"context"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors SurePassID's APIReturnCode.
type Code int

// The codes the SDK publishes.
const (
	Success            Code = 0
	PartnerLoginFailed Code = 9000
	OTPAlreadyUsed     Code = 9002
	OTPInvalid         Code = 9003
)

// Response is what every call returns.
type Response struct {
	Code    Code   `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct{ HTTP *http.Client }

// Validate checks an OTP.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Response, error) {
	_, _, _ = ctx, user, otp
	return &Response{}, nil
}
