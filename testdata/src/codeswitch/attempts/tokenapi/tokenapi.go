// Package tokenapi is a generated-style client for the SurePassID OTP
// check: the answer's fields are pointers, read through a nil-safe helper.
package tokenapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// DefaultURL is the hosted SurePassID REST endpoint.
const DefaultURL = "https://secure.surepassid.com/AuthServer/REST/OTP/U2FServer.aspx"

// Status mirrors the published return codes the team branches on.
type Status int32

const (
	StatusOK          Status = 0
	StatusLoginFailed Status = 9001
	StatusBadOTP      Status = 9003
	StatusLocked      Status = 9015
)

// Answer is the body of every reply.
type Answer struct {
	ErrorCode    *int32  `json:"errorCode,omitempty"`
	ErrorMessage *string `json:"errorMessage,omitempty"`
}

// Val returns what p points to, or the zero value.
func Val[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// Client calls the validation endpoint.
type Client struct {
	URL  string
	HTTP *http.Client
}

// CheckOTP asks the server about one code.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) (*Answer, error) {
	body, err := json.Marshal(map[string]string{"userName": user, "otp": otp})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var a Answer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return nil, err
	}
	return &a, nil
}
