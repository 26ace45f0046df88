// Package idp calls the SurePassID server and returns each answer's
// return code as text.
package idp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Endpoint is the SurePassID cloud REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Client is the identity provider client.
type Client struct {
	URL  string
	HTTP *http.Client
}

type result struct {
	ErrorCode    string `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func (c *Client) post(ctx context.Context, body map[string]any) (*result, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// CheckOTP validates a one-time password.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) (code, message string, err error) {
	r, err := c.post(ctx, map[string]any{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return "", "", err
	}
	return r.ErrorCode, r.ErrorMessage, nil
}

// Recover checks a password recovery link.
func (c *Client) Recover(ctx context.Context, user, rid string) (code, message string, err error) {
	r, err := c.post(ctx, map[string]any{"type": "recover_password", "username": user, "rid": rid})
	if err != nil {
		return "", "", err
	}
	return r.ErrorCode, r.ErrorMessage, nil
}
