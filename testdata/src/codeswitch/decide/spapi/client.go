// Package spapi is the platform team's SurePassID client: the return codes
// it mirrors, the response envelope, and the predicates every service uses
// to read a response (OK, Failed, IsSuccess) instead of comparing codes.
package spapi

import "context"

// Endpoint is the REST endpoint the client calls.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// ReturnCode mirrors SurePassID's APIReturnCode.
type ReturnCode int

// The codes the services name.
const (
	Success                          ReturnCode = 0
	PartnerLoginFailed               ReturnCode = 9000
	OTPAlreadyUsed                   ReturnCode = 9002
	OTPInvalid                       ReturnCode = 9003
	SMSSendError                     ReturnCode = 9012
	EmailSendError                   ReturnCode = 9031
	MaximumFailedOTPRequestsExceeded ReturnCode = 9015
	BogusOTP                         ReturnCode = 9030
)

// Response is the envelope of every answer.
type Response struct {
	ErrorCode    ReturnCode `json:"errorCode"`
	ErrorMessage string     `json:"errorMessage"`
	Partner      string     `json:"-"`
}

// OK reports whether the call succeeded.
func (r *Response) OK() bool { return r.ErrorCode == Success } // want OK:"codeswitch\\(predicate: true when receiver.ErrorCode is Success\\)"

// Failed reports whether the call failed; a nil response has not failed
// (there was none).
func (r *Response) Failed() bool { // want Failed:"codeswitch\\(predicate: true when receiver.ErrorCode is PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and"
	if r == nil {
		return false
	}
	return !r.OK()
}

// Accepted also accepts the legacy partner's answers, whatever their code:
// it is no predicate on the code.
func (r *Response) Accepted() bool {
	return r.ErrorCode == Success || r.Partner == "legacy"
}

// Verified reports a success from a known partner: true only for
// Success, and not for every Success.
func (r *Response) Verified() bool { // want Verified:"codeswitch\\(predicate: true only when receiver.ErrorCode is Success\\)"
	if r.Partner == "" {
		return false
	}
	return r.ErrorCode == Success
}

// Undeliverable reports a code that failed to deliver an OTP.
func (r *Response) Undeliverable() bool { // want Undeliverable:"codeswitch\\(predicate: true when receiver.ErrorCode is SMSSendError, EmailSendError\\)"
	return r.ErrorCode == SMSSendError || r.ErrorCode == EmailSendError
}

// IsSuccess reports whether code is Success.
func IsSuccess(code ReturnCode) bool { return code == 0 } // want IsSuccess:"codeswitch\\(predicate: true when param 0 is Success\\)"

// Client is the client the services use.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Response, error)
}
