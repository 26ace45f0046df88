// Package spcodes is a SurePassID client that decodes answers into the
// codes package's Envelope: its ErrorCode is a codes.ReturnCode.
package spcodes

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type request struct {
	Type     string `json:"type"`
	Login    string `json:"spAccountLoginName"`
	Key      string `json:"spAccountLoginKey"`
	Username string `json:"username"`
	OTP      string `json:"otp,omitempty"`
}

// Answer is SurePassID's answer to validate_oath_otp.
type Answer struct {
	codes.Envelope
}

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// CheckPIN validates a kiosk PIN typed as an OTP.
func (c *Client) CheckPIN(ctx context.Context, badge, pin string) (*Answer, error) {
	body, err := json.Marshal(request{Type: "validate_oath_otp", Login: c.Login, Key: c.Key, Username: badge, OTP: pin})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out Answer
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
