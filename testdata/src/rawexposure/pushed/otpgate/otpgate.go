// Package otpgate resynchronises and checks the customer's token with
// SurePassID.
package otpgate

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Verdict is SurePassID's answer.
type Verdict struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client posts to the authentication server.
type Client struct {
	Base string
	HTTP *http.Client
}

// Resync realigns the token with two consecutive codes.
func (c *Client) Resync(ctx context.Context, user, otp string) (*Verdict, error) {
	payload, err := json.Marshal(map[string]string{"userName": user, "otp": otp, "otp2": otp})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/AuthServer/REST/OTP/U2FServer.aspx", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v Verdict
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return nil, err
	}
	return &v, nil
}
