// Package otpapi calls SurePassID with a retrying client and decodes with
// jsoniter, keeping the code as a json.Number.
package otpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/hashicorp/go-retryablehttp"
	jsoniter "github.com/json-iterator/go"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

var codec = jsoniter.ConfigCompatibleWithStandardLibrary

// Result is SurePassID's answer.
type Result struct {
	Code    json.Number `json:"errorCode"`
	Message string      `json:"errorMessage"`
	Type    string      `json:"type"`
}

// OK reports a zero code.
func (r *Result) OK() bool { return r.Code == "0" }

// Client calls SurePassID.
type Client struct {
	HTTP       *retryablehttp.Client
	Login, Key string
}

// New builds a client with three retries.
func New(login, key string) *Client {
	c := retryablehttp.NewClient()
	c.RetryMax = 3
	return &Client{HTTP: c, Login: login, Key: key}
}

// Validate checks an OTP and returns SurePassID's answer.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Result, error) {
	body, err := codec.Marshal(map[string]string{
		"type": "validate_oath_otp", "username": user, "otp": otp,
		"spAccountLoginName": c.Login, "spAccountLoginKey": c.Key,
	})
	if err != nil {
		return nil, err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, "POST", endpoint, body)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	var out Result
	if err := codec.Unmarshal(raw, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Check is Validate turning a refusal into an error quoting the server.
func (c *Client) Check(ctx context.Context, user, otp string) error { // want Check:`result 0 raw errorMessage`
	r, err := c.Validate(ctx, user, otp)
	if err != nil {
		return err
	}
	if !r.OK() {
		return fmt.Errorf("surepass %s: %s", r.Code, r.Message)
	}
	return nil
}
