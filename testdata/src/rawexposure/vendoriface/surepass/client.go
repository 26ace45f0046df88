// Package surepass is the identity team's SurePassID client: every
// operation answers (code, msg, err), the code kept as an int32.
package surepass

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// The return codes the identity service dispatches on.
const (
	CodeSuccess                  int32 = 0
	CodePartnerUserLoginFailed   int32 = 9001
	CodeOTPAlreadyUsed           int32 = 9002
	CodeOTPInvalid               int32 = 9003
	CodePartnerUserLoginDisabled int32 = 9007
	CodeDatabaseError            int32 = 9010
	CodeSMSSendError             int32 = 9012
	CodeBogusOTP                 int32 = 9030
)

type envelope struct {
	ErrorCode    json.Number `json:"errorCode"`
	ErrorMessage string      `json:"errorMessage"`
}

// Client calls the SurePassID REST API.
type Client struct {
	base string
	hc   *http.Client
}

// New returns a client of the API at base.
func New(base string) *Client { return &Client{base: base, hc: http.DefaultClient} }

func (c *Client) call(ctx context.Context, op string, body map[string]string) (int32, string, error) {
	raw, err := json.Marshal(body)
	if err != nil {
		return 0, "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/"+op, bytes.NewReader(raw))
	if err != nil {
		return 0, "", err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return 0, "", err
	}
	n, _ := env.ErrorCode.Int64()
	return int32(n), env.ErrorMessage, nil
}

// ValidateOTP checks the OTP user typed.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error) { // want ValidateOTP:"rawexposure\\(result 0 raw return code from surepass.call; result 1 raw errorMessage from surepass.call\\)"
	return c.call(ctx, "ValidateOTP", map[string]string{"spAccountLoginName": user, "otp": otp})
}

// SendSMS sends user a one-time code by SMS.
func (c *Client) SendSMS(ctx context.Context, user string) (code int32, msg string, err error) { // want SendSMS:"rawexposure\\(result 0 raw return code from surepass.call; result 1 raw errorMessage from surepass.call\\)"
	code, msg, err = c.call(ctx, "SendOTP", map[string]string{"spAccountLoginName": user, "delivery": "sms"})
	return code, msg, err
}

// SendPush asks user's device to approve the sign-in.
func (c *Client) SendPush(ctx context.Context, user string) (int32, string, error) { // want SendPush:"rawexposure\\(result 0 raw return code from surepass.call; result 1 raw errorMessage from surepass.call\\)"
	code, msg, err := c.call(ctx, "SendPush", map[string]string{"spAccountLoginName": user})
	if err != nil {
		return 0, "", err
	}
	return code, msg, nil
}
