// Package spclient is the hotspot's SurePassID client: its own code type
// mirroring part of the published enum, and predicates on it.
package spclient

import "context"

// RC is a SurePassID return code.
type RC int

const (
	RCSuccess              RC = 0
	RCPartnerUserLoginFail RC = 9001
	RCOTPAlreadyUsed       RC = 9002
	RCOTPInvalid           RC = 9003
	RCUserLoginDisabled    RC = 9007
	RCTooManyFailedOTP     RC = 9015
	RCBogusOTP             RC = 9030
	RCInvalidPartnerUser   RC = 9090
	RCSessionTokenInvalid  RC = 9106
	RCOTPBypassAttempted   RC = 9051
)

// Reply is every operation's answer.
type Reply struct {
	Type    string `json:"type"`
	Code    RC     `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Retryable is true for the codes after which the user may simply type
// the next code.
func (r RC) Retryable() bool { // want Retryable:"codeswitch\\(predicate: true when receiver is OTPAlreadyUsed, OTPInvalid\\)"
	return r == RCOTPInvalid || r == RCOTPAlreadyUsed
}

// Client calls the server.
type Client struct{ Base string }

// ValidateOTP checks a one-time password.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Reply, error) {
	return &Reply{}, nil
}
