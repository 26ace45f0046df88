// Package spauth is a travel agency's client of SurePassID's REST API.
package spauth

import "context"

// Endpoint is SurePassID's REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors the return codes the agency handles.
type Code int

const (
	CodeOK               Code = 0
	CodeUserLoginFailed  Code = 9001
	CodeOTPAlreadyUsed   Code = 9002
	CodeOTPInvalid       Code = 9003
	CodeUserDisabled     Code = 9007
	CodeDatabaseError    Code = 9010
	CodeTooManyFailures  Code = 9015
	CodeBogusOTP         Code = 9030
	CodeAccountExpired   Code = 9032
	CodeTimeDriftInvalid Code = 9035
	CodeSendOTPExpired   Code = 9043
	CodeOTPBypass        Code = 9051
	CodeSessionInvalid   Code = 9106
)

// Answer is what every call answers.
type Answer struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Answer, error)
}
