// Package ssoauth is a campus gym's SurePassID client: the return codes
// its gates name and the calls they make.
package ssoauth

import "context"

// Endpoint is the REST endpoint the client calls.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Status mirrors SurePassID's APIReturnCode.
type Status int32

// The codes the gates name.
const (
	StatusSuccess                  Status = 0
	StatusPartnerUserLoginFailed   Status = 9001
	StatusOtpAlreadyUsed           Status = 9002
	StatusOtpInvalid               Status = 9003
	StatusPartnerUserLoginDisabled Status = 9007
	StatusMaxFailedOtpRequests     Status = 9015
	StatusBogusOtp                 Status = 9030
	StatusSessionTokenInvalid      Status = 9106
)

// Answer is the answer of a session check or an OTP validation.
type Answer struct {
	ErrorCode    Status `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client is what the gates call.
type Client interface {
	CheckSession(ctx context.Context, token string) (*Answer, error)
	ValidateOTP(ctx context.Context, member, otp string) (*Answer, error)
}
