// Package spclient is the identity platform's SurePassID client: one call
// helper, a response type with the raw errorCode and errorMessage, and the
// client's own error type, whose Error() returns the raw message.
package spclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type request struct {
	Type     string `json:"type"`
	Login    string `json:"spAccountLoginName"`
	Key      string `json:"spAccountLoginKey"`
	Username string `json:"username"`
	OTP      string `json:"otp,omitempty"`
	Serial   string `json:"tokenSerialNumber,omitempty"`
}

// Response is what every SurePassID call returns.
type Response struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Error is a SurePassID failure as the rest of the platform sees it.
type Error struct {
	Op      string
	Code    int    // a return code by spid's recognition (filled from the response): no fact of its own
	Message string // want Message:`rawexposure\(raw errorMessage from spclient.Error.Message\)`
}

func (e *Error) Error() string { return e.Message } // want Error:`rawexposure\(result 0 raw errorMessage from spclient.Error.Message\)`

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

func (c *Client) do(ctx context.Context, op string, r request) (*Response, error) {
	r.Type, r.Login, r.Key = op, c.Login, c.Key
	body, err := json.Marshal(r)
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
		return nil, fmt.Errorf("surepass %s: %w", op, err)
	}
	defer res.Body.Close()
	var out Response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out.ErrorCode != 0 {
		return &out, &Error{Op: op, Code: out.ErrorCode, Message: out.ErrorMessage}
	}
	return &out, nil
}

// ValidateOTP checks a one-time password.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) error { // want ValidateOTP:`rawexposure\(result 0 raw errorMessage from spclient.do\)`
	_, err := c.do(ctx, "validate_oath_otp", request{Username: user, OTP: otp})
	return err
}

// AssignToken binds a hardware token to a user.
func (c *Client) AssignToken(ctx context.Context, user, serial string) error { // want AssignToken:`rawexposure\(result 0 raw errorMessage from spclient.do\)`
	_, err := c.do(ctx, "assign_token", request{Username: user, Serial: serial})
	return err
}

// TokenStatus is the answer of get_token_status. A failed answer is
// returned as the error itself: its Error() is the raw message.
type TokenStatus struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Serial       string `json:"tokenSerialNumber"`
	Locked       bool   `json:"locked"`
}

func (s *TokenStatus) Error() string { // want Error:`rawexposure\(result 0 raw errorMessage from spclient.Error\)`
	return fmt.Sprintf("surepass token %s: %s", s.Serial, s.ErrorMessage)
}

// Token returns a token's status; a failure is the decoded answer.
func (c *Client) Token(ctx context.Context, serial string) (*TokenStatus, error) { // want Token:`rawexposure\(result 0 raw errorMessage from spclient.TokenStatus.Error; result 1 raw errorMessage from spclient.TokenStatus.Error\)`
	body, err := json.Marshal(request{Type: "get_token_status", Login: c.Login, Key: c.Key, Serial: serial})
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Post(endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out TokenStatus
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out.ErrorCode != 0 {
		return nil, &out
	}
	return &out, nil
}
