// Package spacct signs users in with SurePassID. // want package:"wraps sentinels rawexposure/sentinels/spcore.ErrUpstream"
//
// It folds the answer into
// errors: fixed-text sentinels for the outcomes the apps may show as they
// are, an error type and wrapped errors carrying the raw message for the
// rest.
package spacct

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"rawexposure/sentinels/spcore"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// The sentinels returned bare: their text is fixed.
var (
	ErrLocked  = errors.New("account locked")
	ErrExpired = errors.New("the code has expired")
	ErrBadOTP  = errors.New("wrong code")
)

// ErrDenied is wrapped with the raw message below.
var ErrDenied = errors.New("sign-in denied") // want ErrDenied:`rawexposure\(wrapped sentinel\)`

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// APIError carries the raw answer.
type APIError struct {
	Code int
	Msg  string // want Msg:"raw errorMessage"
}

func (e *APIError) Error() string { return fmt.Sprintf("surepass %d: %s", e.Code, e.Msg) } // want Error:"raw errorMessage from spacct.APIError.Msg"

// Client calls SurePassID.
type Client struct {
	HTTP *http.Client
}

func (c *Client) call(ctx context.Context, user, otp string) (*reply, error) {
	q := url.Values{"type": {"validate_oath_otp"}, "username": {user}, "otp": {otp}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var r reply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Login returns a sentinel for the outcomes the apps show and the raw
// answer in an *APIError, or wrapped, for the rest.
func (c *Client) Login(ctx context.Context, user, otp string) error { // want Login:"raw errorMessage"
	r, err := c.call(ctx, user, otp)
	if err != nil {
		return err
	}
	switch r.ErrorCode {
	case 0:
		return nil
	case 9001:
		return ErrLocked
	case 9106:
		return ErrExpired
	case 9003:
		return ErrBadOTP
	case 9004:
		return spcore.ErrThrottled
	case 9005:
		return fmt.Errorf("%w: %s", ErrDenied, r.ErrorMessage)
	case 9010:
		return fmt.Errorf("%w: %s", spcore.ErrUpstream, r.ErrorMessage)
	}
	return &APIError{Code: r.ErrorCode, Msg: r.ErrorMessage}
}
