// Package spauth is the SurePassID client the web cases share: every
// response embeds the envelope with the raw errorCode and errorMessage,
// and Verify folds a failure into an error carrying the raw message.
package spauth

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Envelope is what every SurePassID answer carries.
type Envelope struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// OTPResult is the answer to validate_oath_otp.
type OTPResult struct {
	Envelope
	Type string `json:"type"`
}

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// ValidateOTP checks an OTP and returns SurePassID's answer as is.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*OTPResult, error) {
	body, err := json.Marshal(map[string]string{
		"type": "validate_oath_otp", "spAccountLoginName": c.Login, "spAccountLoginKey": c.Key,
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
	var out OTPResult
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Verify checks an OTP and folds a failure into an error.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:"raw errorMessage"
	res, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", res.ErrorMessage)
	}
	return nil
}
