// Package spsession checks SurePassID session tokens and folds the answer
// into errors: fixed sentinels for the outcomes the portal shows, and
// errors carrying the raw code or message for the rest.
package spsession

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ErrExpired and ErrLocked are returned as they are: their text is fixed.
var (
	ErrExpired = errors.New("your session has expired, please sign in again")
	ErrLocked  = errors.New("this account is locked")
)

// ErrRejected is wrapped with the vendor's message: errors.Is on it says
// nothing about the text.
var ErrRejected = errors.New("session rejected") // want ErrRejected:`rawexposure\(wrapped sentinel\)`

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	HTTP *http.Client
}

func (c *Client) call(ctx context.Context, token string) (*answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?type=is_session_token_valid&sessionTokenID="+token, nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return nil, err
	}
	return &a, nil
}

// Check returns ErrExpired or ErrLocked bare, and the raw code in an error
// of its own for the other failures.
func (c *Client) Check(ctx context.Context, token string) error { // want Check:"raw return code"
	a, err := c.call(ctx, token)
	if err != nil {
		return err
	}
	switch a.ErrorCode {
	case 0:
		return nil
	case 9106:
		return ErrExpired
	case 9001:
		return ErrLocked
	}
	return fmt.Errorf("session backend error %d", a.ErrorCode)
}

// Validate wraps ErrRejected with the raw message.
func (c *Client) Validate(ctx context.Context, token string) error { // want Validate:"raw errorMessage"
	a, err := c.call(ctx, token)
	if err != nil {
		return err
	}
	if a.ErrorCode != 0 {
		return fmt.Errorf("%w: %s", ErrRejected, a.ErrorMessage)
	}
	return nil
}
