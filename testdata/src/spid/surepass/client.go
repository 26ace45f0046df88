// Package surepass is a small SurePassID client, written the way consumers write one.
package surepass // want "relevant package"

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors some of SurePassID's APIReturnCode.
type Code int

const (
	Success        Code = 0
	OTPAlreadyUsed Code = 9002
	OTPInvalid     Code = 9003
	BogusOTP       Code = 9030
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
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	HTTP       *http.Client
	Login, Key string
}

// ValidateOTP checks an OTP.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) {
	body, _ := json.Marshal(request{Type: "validate_oath_otp", Login: c.Login, Key: c.Key, Username: user, OTP: otp})
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
	if out.ErrorCode != 0 { // want "role code"
		return &out, fmt.Errorf("surepass: %s", out.ErrorMessage) // want "role message"
	}
	return &out, nil
}
