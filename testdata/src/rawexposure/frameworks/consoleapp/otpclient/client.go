// Package otpclient is the console's SurePassID client.
package otpclient

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Result is SurePassID's answer.
type Result struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// APIError is a refusal, with SurePassID's text.
type APIError struct {
	Op      string
	Code    int
	Message string // want Message:`raw errorMessage from otpclient.APIError.Message`
}

func (e *APIError) Error() string { return e.Op + ": " + e.Message } // want Error:`result 0 raw errorMessage`

// Client calls SurePassID.
type Client struct{ HTTP *http.Client }

// Validate checks an OTP and returns the answer as is.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Result, error) {
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out Result
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Check folds a refusal into an *APIError.
func (c *Client) Check(ctx context.Context, user, otp string) error { // want Check:`result 0 raw errorMessage`
	res, err := c.Validate(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.ErrorCode != 0 {
		return &APIError{Op: "validate_oath_otp", Code: res.ErrorCode, Message: res.ErrorMessage}
	}
	return nil
}
