// Package mfa is the identity team's SurePassID client. It hands its callers
// errors, never codes: a failed answer becomes an *APIError carrying the
// code, and the codes callers care about have sentinels of that type, which
// errors.Is matches by code through APIError.Is.
package mfa

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// Endpoint is the SurePassID REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// APIError is a failed SurePassID answer.
type APIError struct {
	Code int
	Msg  string
}

func (e *APIError) Error() string { return fmt.Sprintf("mfa: %s (code %d)", e.Msg, e.Code) }

// Is matches another *APIError with the same code, so that
// errors.Is(err, ErrOTPReused) holds for every answer carrying 9002.
func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Code == e.Code
}

// newErr builds a sentinel.
func newErr(code int, msg string) *APIError { return &APIError{Code: code, Msg: msg} }

// The sentinels callers test for.
var (
	ErrOTPReused  = &APIError{Code: 9002, Msg: "otp reused"}
	ErrOTPInvalid = newErr(9003, "otp invalid")
	ErrLocked     = &APIError{9015, "too many attempts"}
	ErrBypass     = newErr(9051, "bypass attempt")

	// ErrNotConfigured is the client's own: it stands for no code.
	ErrNotConfigured = errors.New("mfa: client not configured")
)

// answer is SurePassID's reply envelope.
type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	HTTP *http.Client
}

// Verify checks a one-time password: nil on Success, an *APIError with the
// answer's code otherwise.
func (c *Client) Verify(ctx context.Context, user, otp string) error {
	if c.HTTP == nil {
		return ErrNotConfigured
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, Endpoint+"?type=validate_oath_otp&user="+user+"&otp="+otp, nil)
	if err != nil {
		return err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return err
	}
	if a.ErrorCode != 0 {
		return &APIError{Code: a.ErrorCode, Msg: "verification failed"}
	}
	return nil
}
