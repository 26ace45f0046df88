// Package mfa is a support desk's SurePassID client: the return codes it
// names, the answers of the calls its services make, the error its
// wrappers return, and the groups of codes the services share.
package mfa

import (
	"context"
	"errors"
)

// Endpoint is the REST endpoint the client calls.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Outcome mirrors SurePassID's APIReturnCode.
type Outcome int

// The codes the services name.
const (
	Success                  Outcome = 0
	PartnerUserLoginFailed   Outcome = 9001
	OtpAlreadyUsed           Outcome = 9002
	OtpInvalid               Outcome = 9003
	PartnerUserLoginDisabled Outcome = 9007
	MaxFailedOtpRequests     Outcome = 9015
	DeviceNotFound           Outcome = 9021
	BogusOtp                 Outcome = 9030
	AccountExpired           Outcome = 9032
	PushDenied               Outcome = 9086
	MaxUserAttempts          Outcome = 9096
)

// IsHard reports the answers that end a sign-in at once, without a retry.
func (o Outcome) IsHard() bool { // want IsHard:"codeswitch\\(predicate: true when receiver is OTPAlreadyUsed, OTPInvalid, BogusOTP\\)"
	switch o {
	case OtpInvalid, BogusOtp, OtpAlreadyUsed:
		return true
	}
	return false
}

// IsSuccess reports whether o is Success.
func IsSuccess(o Outcome) bool { return o == Success } // want IsSuccess:"codeswitch\\(predicate: true when param 0 is Success\\)"

// Reply is the answer of validate_oath_otp and push_oath_otp.
type Reply struct {
	ErrorCode    Outcome `json:"errorCode"`
	ErrorMessage string  `json:"errorMessage"`
}

// OK reports whether the call succeeded.
func (r *Reply) OK() bool { return r.ErrorCode == Success } // want OK:"codeswitch\\(predicate: true when receiver.ErrorCode is Success\\)"

// Error is what the wrappers return for a non-zero code.
type Error struct {
	Code    Outcome
	Message string
}

func (e *Error) Error() string { return "surepass: " + e.Message }

// AsError returns the SurePassID error in err's chain, if any.
func AsError(err error) (*Error, bool) {
	var me *Error
	if errors.As(err, &me) {
		return me, true
	}
	return nil, false
}

// Client is the client the services use.
type Client interface {
	Verify(ctx context.Context, user, otp string) (*Reply, error)
	Push(ctx context.Context, user string) (*Reply, error)
	// Unassign returns an *Error for a non-zero code.
	Unassign(ctx context.Context, user, serial string) error
}
