// Package surepass is a small SurePassID client, written the way consumers
// write one: response structs embedding codes.Envelope and wrappers that turn
// a failure into an error.
package surepass

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/surepasslint/surepasslint/codes"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Response is what every call returns.
type Response struct {
	codes.Envelope
	Devices []string `json:"Devices"`
}

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

func (c *Client) call(ctx context.Context, body map[string]string) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, nil)
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

// ValidateOTP checks an OTP; a failure becomes an error carrying the raw message.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) { // want ValidateOTP:`rawexposure\(result 1 raw errorMessage from surepass.ValidateOTP\)`
	resp, err := c.call(ctx, map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return nil, err
	}
	if resp.Failed() {
		return resp, fmt.Errorf("surepass: %s", resp.ErrorMessage)
	}
	return resp, nil
}

// APIError is a SurePassID failure.
type APIError struct {
	Code codes.ReturnCode
	Msg  string // want Msg:`rawexposure\(raw errorMessage from surepass.APIError.Msg\)`
}

func (e *APIError) Error() string { return "surepass: " + e.Msg } // want Error:`rawexposure\(result 0 raw errorMessage from surepass.APIError.Msg\)`

// SendOTP asks SurePassID to send an OTP by SMS.
func (c *Client) SendOTP(ctx context.Context, user string) error { // want SendOTP:`rawexposure\(result 0 raw errorMessage from surepass.SendOTP\)`
	resp, err := c.call(ctx, map[string]string{"type": "send_oath_otp", "username": user})
	if err != nil {
		return err
	}
	if resp.Failed() {
		return &APIError{Code: resp.ErrorCode, Msg: resp.ErrorMessage}
	}
	return nil
}

// FindUser returns the raw message as a string, next to the code.
func (c *Client) FindUser(ctx context.Context, user string) (codes.ReturnCode, string, error) { // want FindUser:`rawexposure\(result 0 raw return code from surepass.FindUser; result 1 raw errorMessage from surepass.FindUser\)`
	resp, err := c.call(ctx, map[string]string{"type": "find_user", "username": user})
	if err != nil {
		return 0, "", err
	}
	return resp.ErrorCode, strings.TrimSpace(resp.ErrorMessage), nil
}

// Describe formats a response for humans (and logs).
func Describe(r *Response) string { // want Describe:`rawexposure\(result 0 raw errorMessage from surepass.Describe\)`
	return fmt.Sprintf("%d %s", r.ErrorCode, r.ErrorMessage)
}

// Wrap adds context to an error: its result carries what err carries.
func Wrap(op string, err error) error { // want Wrap:`rawexposure\(result 0 from params 0,1\)`
	return fmt.Errorf("%s: %w", op, err)
}

// Safe is what a careful wrapper returns: no fact.
func (c *Client) Safe(ctx context.Context, user, otp string) error {
	resp, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		if resp != nil {
			return errors.New(codes.UserMessage(resp.ErrorCode))
		}
		return errors.New(codes.GenericMessage)
	}
	return nil
}
