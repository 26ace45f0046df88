// Package spverify is the RADIUS front end's SurePassID client: Verify
// returns the decoded answer, and Check folds a failure into an error
// carrying the raw message.
package spverify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Result is SurePassID's answer.
type Result struct {
	Code    int    `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// Verify validates an OTP.
func (c *Client) Verify(ctx context.Context, user, otp string) (*Result, error) {
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp,
		"spAccountLoginName": c.Login, "spAccountLoginKey": c.Key})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out Result
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Check validates an OTP; a rejection is an error with SurePassID's text.
func (c *Client) Check(ctx context.Context, user, otp string) error { // want Check:"result 0 raw errorMessage from spverify.Check"
	r, err := c.Verify(ctx, user, otp)
	if err != nil {
		return err
	}
	if r.Code != 0 {
		return fmt.Errorf("surepass %d: %s", r.Code, r.Message)
	}
	return nil
}

// Friendly is the gateway's own text for a rejection.
func Friendly(code int) string {
	if code == 9003 {
		return "That code was not accepted. Wait for a new one and try again."
	}
	return "Sign-in failed. Ask the front desk for help."
}
