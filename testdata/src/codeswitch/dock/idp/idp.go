// Package idp is the dock scheduler's SurePassID client: the return codes
// it names, the envelope of every answer, and the predicates the terminals
// read it with.
package idp

import "context"

// BaseURL is the SurePassID REST endpoint.
const BaseURL = "https://cloud.surepassid.com/AuthServer/REST/OATH/OATHServer.aspx"

// Code mirrors SurePassID's APIReturnCode.
type Code int

// The codes the terminals name.
const (
	Success                Code = 0
	PartnerUserLoginFailed Code = 9001
	OTPAlreadyUsed         Code = 9002
	OTPInvalid             Code = 9003
	UserDisabled           Code = 9007
	DatabaseError          Code = 9010
	BogusOTP               Code = 9030
	Provisioned            Code = 9045
	Reprovisioned          Code = 9046
	OTPBypassAttempted     Code = 9051
	UserLocked             Code = 9096
)

// Reply is the envelope of every answer.
type Reply struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Reply, error)
}

// OK reports whether the call succeeded.
func (r *Reply) OK() bool { return r.ErrorCode == Success } // want OK:"codeswitch\\(predicate: true when receiver.ErrorCode is Success\\)"
