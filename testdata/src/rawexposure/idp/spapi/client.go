// Package spapi is the identity platform's SurePassID REST client: its own
// response and error types and a mirror of the return codes it acts on.
package spapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors the SurePassID return codes the platform acts on.
type Code int

const (
	CodeSuccess        Code = 0
	CodeOTPInvalid     Code = 9003
	CodeSMSSendError   Code = 9012
	CodeEmailSendError Code = 9031
)

// Response is what every call returns.
type Response struct {
	Type         string `json:"type"`
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Error is a SurePassID failure, the raw message kept for the logs.
type Error struct {
	Code    Code
	Message string // want Message:`rawexposure\(raw errorMessage from spapi.Error.Message\)`
}

func (e *Error) Error() string { return fmt.Sprintf("surepassid %d: %s", e.Code, e.Message) } // want Error:`rawexposure\(result 0 raw errorMessage from spapi.Error.Message\)`

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

type request struct {
	Type     string `json:"type"`
	Login    string `json:"spAccountLoginName"`
	Key      string `json:"spAccountLoginKey"`
	Username string `json:"username"`
	OTP      string `json:"otp,omitempty"`
}

func (c *Client) do(ctx context.Context, typ, user, otp string) (*Response, error) {
	body, err := json.Marshal(request{Type: typ, Login: c.Login, Key: c.Key, Username: user, OTP: otp})
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
	var out Response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Validate checks an OTP and returns the response as is.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Response, error) {
	return c.do(ctx, "validate_oath_otp", user, otp)
}

// SendOTP asks SurePassID to text or mail an OTP; a failure is an *Error.
func (c *Client) SendOTP(ctx context.Context, user string) error { // want SendOTP:`rawexposure\(result 0 raw errorMessage from spapi.SendOTP\)`
	resp, err := c.do(ctx, "send_oath_otp", user, "")
	if err != nil {
		return err
	}
	if resp.ErrorCode != CodeSuccess {
		return &Error{Code: resp.ErrorCode, Message: resp.ErrorMessage}
	}
	return nil
}
