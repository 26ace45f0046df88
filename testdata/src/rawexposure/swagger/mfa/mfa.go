// Package mfa wraps the go-swagger generated SurePassID client: it sends the
// OTP and hands back SurePassID's code and message in a Result of its own.
package mfa

import (
	"context"

	"github.com/go-openapi/swag"

	"rawexposure/swagger/client/authentication"
	"rawexposure/swagger/models"
)

// Result is SurePassID's answer, unwrapped from the generated pointers.
type Result struct {
	Code    int64  // want Code:"raw return code from mfa.Result.Code"
	Message string // want Message:"raw errorMessage from mfa.Result.Message"
}

// Client calls SurePassID through the generated client.
type Client struct {
	API        authentication.ClientService
	Login, Key string
}

func (c *Client) validate(ctx context.Context, user, otp string) (*models.AuthResponse, error) {
	ok, err := c.API.ValidateOtp(&authentication.ValidateOtpParams{Body: &models.AuthRequest{
		Type: "validate_oath_otp", Login: c.Login, Key: c.Key, Username: user, Otp: otp,
	}})
	if err != nil {
		return nil, err
	}
	return ok.Payload, nil
}

// Verify checks an OTP; the generated pointers are read with swag's
// nil-safe helpers.
func (c *Client) Verify(ctx context.Context, user, otp string) (*Result, error) { // want Verify:"result 0 raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	return &Result{Code: swag.Int64Value(p.ErrorCode), Message: swag.StringValue(p.ErrorMessage)}, nil
}
