// Package spclient is the account service's small SurePassID client.
package spclient

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Result is the answer of validate_oath_otp.
type Result struct {
	Code int    `json:"errorCode"`
	Text string `json:"errorMessage"`
}

// OK reports whether the server accepted the code.
func (r *Result) OK() bool { return r.Code == 0 }

// IsLockout reports whether the account is locked at SurePassID.
func (r *Result) IsLockout() bool { return r.Code == 9015 || r.Code == 9016 || r.Code == 9095 }

// Client posts to the REST endpoint.
type Client struct {
	URL string
	HC  *http.Client
}

// ValidateOTP checks a one-time password.
func (c *Client) ValidateOTP(ctx context.Context, username, otp string) (*Result, error) {
	body, err := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": username, "otp": otp})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}
