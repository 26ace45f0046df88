// Package otpclient is the jump host's SurePassID client: a failure comes
// back as an *APIError holding the raw return code and message, and Check
// folds one into a plain error carrying the raw message.
package otpclient

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// APIError is a non-zero answer.
type APIError struct {
	Code   int
	Detail string // want Detail:"raw errorMessage from otpclient.APIError.Detail"
}

func (e *APIError) Error() string { return fmt.Sprintf("surepass %d: %s", e.Code, e.Detail) } // want Error:"raw errorMessage"

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// Do posts one operation; a failure is an *APIError.
func (c *Client) Do(ctx context.Context, op, user, secret string) error { // want Do:"raw errorMessage"
	body, _ := json.Marshal(map[string]string{"type": op, "username": user, "otp": secret,
		"spAccountLoginName": c.Login, "spAccountLoginKey": c.Key})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
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
		return &APIError{Code: a.ErrorCode, Detail: a.ErrorMessage}
	}
	return nil
}

// Check validates a password or an OTP and folds a failure into an error.
func (c *Client) Check(ctx context.Context, user, secret string) error { // want Check:"raw errorMessage"
	err := c.Do(ctx, "validate_oath_otp", user, secret)
	var ae *APIError
	if errors.As(err, &ae) {
		return fmt.Errorf("surepass: %s", ae.Detail)
	}
	return err
}

// Friendly is the jump host's own text for a failure.
func Friendly(err error) string {
	var ae *APIError
	if errors.As(err, &ae) && ae.Code == 9003 {
		return "That code was not accepted."
	}
	return "Sign-in failed."
}
