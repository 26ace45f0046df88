// Package spbot is the SurePassID client the chat bots share: every
// answer carries the raw errorCode and errorMessage, and Verify folds a
// failure into an error carrying the raw message.
package spbot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Result is SurePassID's answer to validate_oath_otp or send_oath_otp.
type Result struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Type         string `json:"type"`
}

// Client calls SurePassID for the bots.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// Call posts one operation and returns SurePassID's answer as is.
func (c *Client) Call(ctx context.Context, op, user, otp string) (*Result, error) {
	body, err := json.Marshal(map[string]string{
		"type": op, "spAccountLoginName": c.Login, "spAccountLoginKey": c.Key,
		"username": user, "otp": otp,
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
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

// Verify checks an OTP and folds a failure into an error.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:"raw errorMessage"
	res, err := c.Call(ctx, "validate_oath_otp", user, otp)
	if err != nil {
		return err
	}
	if res.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", res.ErrorMessage)
	}
	return nil
}
