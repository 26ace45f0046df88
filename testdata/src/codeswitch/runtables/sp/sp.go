// Package sp is a reverse proxy team's thin SurePassID client: the
// return codes it names and the answer of the calls it makes.
package sp

import "context"

// Endpoint is the REST endpoint the client calls.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors SurePassID's APIReturnCode.
type Code int

// The codes the proxy names.
const (
	Success                  Code = 0
	PartnerUserLoginFailed   Code = 9001
	OtpAlreadyUsed           Code = 9002
	OtpInvalid               Code = 9003
	PartnerUserLoginDisabled Code = 9007
	MaxFailedOtpRequests     Code = 9015
	DeviceNotFound           Code = 9021
	DeviceInUse              Code = 9022
	BogusOtp                 Code = 9030
	AccountExpired           Code = 9032
	PushDenied               Code = 9086
	MaxUserAttempts          Code = 9096
)

// Answer is what every call returns.
type Answer struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Code returns the answer's return code.
func (a *Answer) Code() Code { return a.ErrorCode } // want Code:"codeswitch\\(accessor: receiver.ErrorCode\\)"

// Client is the client the proxy uses.
type Client interface {
	Verify(ctx context.Context, user, otp string) (*Answer, error)
	AssignToken(ctx context.Context, user, serial string) (*Answer, error)
}
