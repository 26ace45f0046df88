// Package spclient is the team's small SurePassID REST client.
package spclient

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Response is the JSON body of every SurePassID call.
type Response struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type Client struct {
	URL  string
	HTTP *http.Client
}

// ValidateOTP posts a validate_oath_otp request and decodes the answer.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) {
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out Response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
