// Package otp is the help desk's SurePassID client: the C# client's
// constants ported untyped, and an answer whose code is a plain int.
package otp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// SurePassID return codes, as the vendor's C# sample names them.
const (
	SP_SUCCESS                 = 0
	SP_PARTNER_LOGIN_FAILED    = 9000
	SP_OTP_REUSED              = 9002
	SP_OTP_INVALID             = 9003
	SP_USER_LOGIN_DISABLED     = 9007
	SP_DATABASE_ERROR          = 9010
	SP_SMS_SEND_ERROR          = 9012
	SP_MAX_FAILED_OTP          = 9015
	SP_BOGUS_OTP               = 9030
	SP_ACCOUNT_EXPIRED         = 9032
	SP_MAX_LOGINS_EXCEEDED     = 9096
	SP_SESSION_TOKEN_INVALID   = 9106
	SP_SESSION_TOKEN_EXPIRED   = 9107
	SP_DEVICE_ALREADY_ASSIGNED = 9150
)

// Answer is what the desk keeps of a reply.
type Answer struct {
	Code int
	Text string
}

type reply struct {
	ErrorCode    json.Number `json:"errorCode"`
	ErrorMessage string      `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	Base string
	HC   *http.Client
}

// Check validates the code the caller reads out.
func (c *Client) Check(ctx context.Context, user, code string) (Answer, error) {
	raw, err := json.Marshal(map[string]string{"username": user, "otp": code})
	if err != nil {
		return Answer{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/ValidateOTP", bytes.NewReader(raw))
	if err != nil {
		return Answer{}, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return Answer{}, err
	}
	defer resp.Body.Close()
	var r reply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return Answer{}, err
	}
	n, err := r.ErrorCode.Int64()
	if err != nil {
		return Answer{}, err
	}
	return Answer{Code: int(n), Text: r.ErrorMessage}, nil
}

// PushReply is SurePassID's answer to a push status poll.
type PushReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Status       string `json:"status"`
}

// PushStatus polls a push sign-in.
func (c *Client) PushStatus(ctx context.Context, user, txID string) (*PushReply, error) {
	raw, err := json.Marshal(map[string]string{"username": user, "transactionId": txID})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/GetPushStatus", bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r PushReply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Locked reports the answers meaning the account is locked.
func Locked(code int) bool { // want Locked:"codeswitch\\(predicate: true when param 0 is PartnerUserLoginDisabled, MaximumFailedOTPRequestsExceeded, AccountExpired\\)"
	return code == SP_MAX_FAILED_OTP || code == SP_USER_LOGIN_DISABLED || code == SP_ACCOUNT_EXPIRED
}
