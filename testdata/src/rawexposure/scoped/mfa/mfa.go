// Package mfa is a SurePassID client: Verify folds the raw message into an
// error, Check returns it in an *APIError whose Public method gives it back.
package mfa

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type response struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Client calls SurePassID.
type Client struct {
	HTTP *http.Client
}

func (c *Client) call(ctx context.Context, typ, user, otp string) (*response, error) {
	body, _ := json.Marshal(map[string]string{"type": typ, "username": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Verify validates an OTP.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:`rawexposure\(result 0 raw errorMessage from mfa.Verify\)`
	resp, err := c.call(ctx, "validate_oath_otp", user, otp)
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return fmt.Errorf("mfa: %s", resp.ErrorMessage)
	}
	return nil
}

// APIError is a failed call.
type APIError struct {
	Code int
	Msg  string // want Msg:`rawexposure\(raw errorMessage from mfa.APIError.Msg\)`
}

func (e *APIError) Error() string { // want Error:`rawexposure\(result 0 raw errorMessage from mfa.APIError.Msg\)`
	return fmt.Sprintf("surepass %d: %s", e.Code, e.Msg)
}

// Public is the text the app may show.
func (e *APIError) Public() string { // want Public:`rawexposure\(result 0 raw errorMessage from mfa.APIError.Msg\)`
	return e.Msg
}

// Send sends an OTP by SMS.
func (c *Client) Send(ctx context.Context, user string) error { // want Send:`rawexposure\(result 0 raw errorMessage from mfa.Send\)`
	resp, err := c.call(ctx, "send_oath_otp", user, "")
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return &APIError{Code: resp.ErrorCode, Msg: resp.ErrorMessage}
	}
	return nil
}

// Message returns the raw text of a failed check, "" on success.
func (c *Client) Message(ctx context.Context, user, otp string) string { // want Message:`rawexposure\(result 0 raw errorMessage from mfa.Message\)`
	resp, err := c.call(ctx, "validate_oath_otp", user, otp)
	if err != nil {
		return "service unavailable"
	}
	return resp.ErrorMessage
}
