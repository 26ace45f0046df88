// Package spauth calls the authentication server for step-up checks.
package spauth

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Client holds the account's credentials.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// StepUp checks an OTP and answers the server's number.
func (c *Client) StepUp(ctx context.Context, user, otp string) (int, error) {
	body, err := json.Marshal(map[string]string{
		"type": "validate_oath_otp", "username": user, "otp": otp,
		"spAccountLoginName": c.Login, "spAccountLoginKey": c.Key,
	})
	if err != nil {
		return 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Result int `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, err
	}
	return out.Result, nil
}
