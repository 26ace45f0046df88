// Package surepass is the application's own SurePassID client, with its own
// return-code type mirroring part of the published enum.
package surepass

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors SurePassID's APIReturnCode.
type Code int

// The codes this application cares about.
const (
	Success                          Code = 0
	PartnerLoginFailed               Code = 9000
	PartnerUserLoginFailed           Code = 9001
	OTPAlreadyUsed                   Code = 9002
	OTPInvalid                       Code = 9003
	MaximumFailedOTPRequestsExceeded Code = 9015
	BogusOTP                         Code = 9030
)

type request struct {
	Type     string `json:"type"`
	Login    string `json:"spAccountLoginName"`
	Key      string `json:"spAccountLoginKey"`
	Username string `json:"username"`
	OTP      string `json:"otp,omitempty"`
}

// Response is what every call returns.
type Response struct {
	Type    string `json:"type"`
	Code    Code   `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// ErrRejected is returned for every failure code.
var ErrRejected = errors.New("surepass: rejected")

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// Validate checks an OTP and returns the raw response.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Response, error) {
	body, err := json.Marshal(request{Type: "validate_oath_otp", Login: c.Login, Key: c.Key, Username: user, OTP: otp})
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

// Check turns a response into an error, the deny-list way.
func (c *Client) Check(ctx context.Context, user, otp string) error {
	resp, err := c.Validate(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.Code { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 77 more\)`
	case OTPInvalid, OTPAlreadyUsed, BogusOTP:
		return ErrRejected
	}
	return nil
}

// CheckStrict is an allow-list: not reported.
func (c *Client) CheckStrict(ctx context.Context, user, otp string) error {
	resp, err := c.Validate(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.Code {
	case Success:
		return nil
	case MaximumFailedOTPRequestsExceeded:
		return ErrRejected
	}
	return ErrRejected
}
