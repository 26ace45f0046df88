// Package spclient is the SurePassID client of the engine cases: a response
// struct with the raw errorCode and errorMessage, the calls the handlers
// make, and a wrapper that folds the raw message into an error.
package spclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type request struct {
	Type           string `json:"type"`
	Login          string `json:"spAccountLoginName"`
	Key            string `json:"spAccountLoginKey"`
	Username       string `json:"username"`
	OTP            string `json:"otp,omitempty"`
	DeliveryMethod string `json:"deliveryMethod,omitempty"`
}

// Response is what every SurePassID call returns.
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

func (c *Client) call(ctx context.Context, r request) (*Response, error) {
	r.Login, r.Key = c.Login, c.Key
	body, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
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

// ValidateOTP checks an OTP and returns SurePassID's response as is.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) {
	return c.call(ctx, request{Type: "validate_oath_otp", Username: user, OTP: otp})
}

// SendOTP asks SurePassID to send an OTP by text message.
func (c *Client) SendOTP(ctx context.Context, user string) (*Response, error) {
	return c.call(ctx, request{Type: "send_oath_otp", Username: user, DeliveryMethod: "sms"})
}

// Verify checks an OTP and folds a failure into an error that carries the
// raw message.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:"raw errorMessage"
	resp, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", resp.ErrorMessage)
	}
	return nil
}
