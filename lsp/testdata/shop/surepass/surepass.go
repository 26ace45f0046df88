// Package surepass is the shop's small SurePassID client.
package surepass

import (
	"context"
	"errors"
)

// Code mirrors the SurePassID return codes the shop handles.
type Code int

// Return codes, named and numbered as SurePassID publishes them.
const (
	Success        Code = 0
	OTPAlreadyUsed Code = 9002
	OTPInvalid     Code = 9003
	BogusOTP       Code = 9030
)

// Response is the part of a SurePassID answer the shop reads.
type Response struct {
	Code         Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls the SurePassID API.
type Client struct {
	Validate func(ctx context.Context, user, otp string) (*Response, error)
}

// ValidateOTP asks SurePassID whether otp is the user's current code.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) {
	if c.Validate == nil {
		return nil, errors.New("surepass: no endpoint configured")
	}
	return c.Validate(ctx, user, otp)
}
