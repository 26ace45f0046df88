// Package spvault is a password vault's SurePassID client: the return
// codes its policies name and the call they make.
package spvault

import "context"

// Endpoint is the REST endpoint the client calls.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// Code mirrors SurePassID's APIReturnCode.
type Code int

// The codes the vault names.
const (
	Success                  Code = 0
	PartnerUserLoginFailed   Code = 9001
	OtpAlreadyUsed           Code = 9002
	OtpInvalid               Code = 9003
	PartnerUserLoginDisabled Code = 9007
	MaxFailedOtpRequests     Code = 9015
	BogusOtp                 Code = 9030
)

// Reply is the answer of an OTP validation.
type Reply struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client is what the vault calls.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Reply, error)
}
