// Package spresult is a SurePassID client that decodes answers loosely
// into map[string]any and hands back a Result wrapper read through its
// accessors, and an *Error carrying the return code and message of a
// failure.
package spresult

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Result is SurePassID's answer, read through its accessors.
type Result struct {
	code int
	msg  string
}

// OK reports whether SurePassID accepted the request.
func (r Result) OK() bool { return r.code == 0 }

// Code is SurePassID's return code.
func (r Result) Code() int { return r.code } // want Code:"raw return code"

// Reason is SurePassID's errorMessage.
func (r Result) Reason() string { return r.msg } // want Reason:"raw errorMessage"

// Error is a failure SurePassID reported.
type Error struct {
	Code    int
	Message string // want Message:"raw errorMessage"
}

func (e *Error) Error() string { return fmt.Sprintf("surepass %d: %s", e.Code, e.Message) } // want Error:"raw errorMessage"

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// Validate checks an OTP and returns the answer as is.
func (c *Client) Validate(ctx context.Context, user, otp string) (Result, error) { // want Validate:"raw errorMessage"
	m, err := c.call(ctx, map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return Result{}, err
	}
	r := Result{}
	if code, ok := m["errorCode"].(float64); ok {
		r.code = int(code)
	}
	if msg, ok := m["errorMessage"].(string); ok {
		r.msg = msg
	}
	return r, nil
}

// Verify checks an OTP and folds a failure into an *Error.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:"raw errorMessage"
	m, err := c.call(ctx, map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return err
	}
	code, _ := m["errorCode"].(float64)
	if code == 0 {
		return nil
	}
	msg, _ := m["errorMessage"].(string)
	return &Error{Code: int(code), Message: msg}
}

func (c *Client) call(ctx context.Context, req map[string]string) (map[string]any, error) {
	req["spAccountLoginName"], req["spAccountLoginKey"] = c.Login, c.Key
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hr.Header.Set("Content-Type", "application/json")
	res, err := c.HTTP.Do(hr)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(res.Body).Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}
