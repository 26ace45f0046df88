// Package surepass is the shop's own small SurePassID client: there is no
// official Go SDK, so this is what consumer code looks like.
package surepass

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// DefaultEndpoint is SurePassID's sandbox REST endpoint.
const DefaultEndpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors the SurePassID return codes the shop cares about.
type Code int

// Return codes, named as SurePassID publishes them.
const (
	Success                          Code = 0
	PartnerUserLoginFailed           Code = 9001
	OTPAlreadyUsed                   Code = 9002
	OTPInvalid                       Code = 9003
	SMSSendError                     Code = 9012
	MaximumFailedOTPRequestsExceeded Code = 9015
	BogusOTP                         Code = 9030
)

type request struct {
	Type           string `json:"type"`
	LoginName      string `json:"spAccountLoginName"`
	LoginKey       string `json:"spAccountLoginKey"`
	Username       string `json:"username"`
	OTP            string `json:"otp,omitempty"`
	DeliveryMethod string `json:"deliveryMethod,omitempty"`
}

// Response is the part of every SurePassID answer the shop reads.
type Response struct {
	Type         string `json:"type"`
	Code         Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls the SurePassID API.
type Client struct {
	HTTP      *http.Client
	Endpoint  string
	LoginName string
	LoginKey  string
}

func (c *Client) call(ctx context.Context, req request) (*Response, error) {
	req.LoginName, req.LoginKey = c.LoginName, c.LoginKey
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hres, err := c.HTTP.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer hres.Body.Close()
	var resp Response
	if err := json.NewDecoder(hres.Body).Decode(&resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// ValidateOTP returns the raw response: callers dispatch on resp.Code.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) {
	return c.call(ctx, request{Type: "validate_oath_otp", Username: user, OTP: otp})
}

// SendOTP asks SurePassID to text the user a code. Like many hand-written
// clients, it turns a failure into an error carrying the server's message.
func (c *Client) SendOTP(ctx context.Context, user string) error {
	resp, err := c.call(ctx, request{Type: "send_oath_otp", Username: user, DeliveryMethod: "sms"})
	if err != nil {
		return err
	}
	if resp.Code != Success {
		return fmt.Errorf("surepass: %s", resp.ErrorMessage)
	}
	return nil
}
