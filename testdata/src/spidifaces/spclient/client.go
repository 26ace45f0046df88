// Package spclient is a SurePassID client answering (code, msg, err).
package spclient // want "relevant package"

import (
	"context"
	"encoding/json"
)

const (
	CodeSuccess    int32 = 0
	CodeOTPInvalid int32 = 9003
)

type envelope struct {
	ErrorCode    json.Number `json:"errorCode"`
	ErrorMessage string      `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct{ raw []byte }

func (c *Client) call(ctx context.Context, op string) (int32, string, error) {
	var env envelope
	if err := json.Unmarshal(c.raw, &env); err != nil {
		return 0, "", err
	}
	n, _ := env.ErrorCode.Int64()          // want "call is code"
	return int32(n), env.ErrorMessage, nil // want "role message"
}

// ValidateOTP forwards call's results.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error) {
	return c.call(ctx, "ValidateOTP") // want "call is code"
}

// SendSMS returns named results assigned from call.
func (c *Client) SendSMS(ctx context.Context, user string) (code int32, msg string, err error) {
	code, msg, err = c.call(ctx, "SendOTP") // want "call is code"
	return
}
