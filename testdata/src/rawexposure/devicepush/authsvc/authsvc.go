// Package authsvc checks couriers' one-time codes with SurePassID.
package authsvc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Reply is the authentication server's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client talks to the authentication server.
type Client struct {
	URL  string
	HTTP *http.Client
}

// CheckCode validates a courier's code.
func (c *Client) CheckCode(ctx context.Context, courier, otp string) (*Reply, error) {
	body, err := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": courier, "otp": otp})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Reply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Assign moves a token to a courier; a refusal is an error with the
// server's words.
func (c *Client) Assign(ctx context.Context, courier, serial string) error { // want Assign:`result 0 raw errorMessage`
	r, err := c.CheckCode(ctx, courier, serial)
	if err != nil {
		return err
	}
	if r.ErrorCode != 0 {
		return fmt.Errorf("authsvc: assign: %s", r.ErrorMessage)
	}
	return nil
}
