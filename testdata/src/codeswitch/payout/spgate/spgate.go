// Package spgate is the payout service's SurePassID client: a generated
// enum type with the vendor's names and a thin wrapper.
package spgate

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Endpoint is the vendor's REST server.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// ReturnCode is SurePassID's errorCode.
type ReturnCode int32

// Generated from the vendor's spec.
const (
	Success                          ReturnCode = 0
	PartnerLoginFailed               ReturnCode = 9000
	OtpAlreadyUsed                   ReturnCode = 9002
	OtpInvalid                       ReturnCode = 9003
	DatabaseError                    ReturnCode = 9010
	MaximumFailedOtpRequestsExceeded ReturnCode = 9015
	BogusOtp                         ReturnCode = 9030
	SendOtpExpired                   ReturnCode = 9043
	DeviceInUse                      ReturnCode = 9019
	DeviceNotFound                   ReturnCode = 9021
	DeviceDisabled                   ReturnCode = 9028
)

// Result is a reply.
type Result struct {
	Code    ReturnCode `json:"errorCode"`
	Message string     `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	Base string
	HC   *http.Client
}

// VerifyOTP runs validate_oath_otp.
func (c *Client) VerifyOTP(ctx context.Context, user, otp string) (*Result, error) {
	raw, err := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}
