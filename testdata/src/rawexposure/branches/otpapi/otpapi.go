// Package otpapi is the pharmacy portal's small client for SurePassID's
// OTP validation: one POST, one JSON answer.
package otpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Answer is SurePassID's reply.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Type         string `json:"type"`
}

// Client calls the validation endpoint.
type Client struct {
	HTTP     *http.Client
	Endpoint string
	Login    string
	Key      string
}

// Check validates an OTP; a transport failure is the only error.
func (c *Client) Check(ctx context.Context, user, otp string) (*Answer, error) {
	body, _ := json.Marshal(map[string]string{
		"type": "validate_oath_otp", "username": user, "otp": otp,
		"spAccountLoginName": c.Login, "spAccountLoginKey": c.Key,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, bytes.NewReader(body))
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
