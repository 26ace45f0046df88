// Package mfagate is a ticketing company's SurePassID client, shared by
// its Lambda functions: the return codes it names and the answer of a
// validate call.
package mfagate

import "context"

// ReturnCode mirrors SurePassID's APIReturnCode.
type ReturnCode int

const (
	RCSuccess                  ReturnCode = 0
	RCPartnerUserLoginFailed   ReturnCode = 9001
	RCOTPAlreadyUsed           ReturnCode = 9002
	RCOTPInvalid               ReturnCode = 9003
	RCPartnerUserLoginDisabled ReturnCode = 9007
	RCMaxFailedOTPRequests     ReturnCode = 9015
	RCBogusOTP                 ReturnCode = 9030
	RCAccountExpired           ReturnCode = 9032
	RCPushDenied               ReturnCode = 9086
	RCMaxUserAttempts          ReturnCode = 9096
)

// Answer is what validate_oath_otp returns.
type Answer struct {
	ErrorCode    ReturnCode `json:"errorCode"`
	ErrorMessage string     `json:"errorMessage"`
}

// Passed reports whether the OTP was accepted.
func (a *Answer) Passed() bool { return a.ErrorCode == RCSuccess } // want Passed:"codeswitch\\(predicate: true when receiver.ErrorCode is Success\\)"

// Gate calls the server.
type Gate interface {
	Check(ctx context.Context, user, otp string) (*Answer, error)
}
