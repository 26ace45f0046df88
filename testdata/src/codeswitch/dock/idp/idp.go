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

// Rejected reports whether SurePassID refused the code outright; the
// terminals show "try again" when it does. It says false for every other
// failure, 9007 and 9096 among them, which its callers take as a pass:
// reported.
func (r *Reply) Rejected() bool { // want Rejected:"codeswitch\\(predicate: true when receiver.ErrorCode is PartnerUserLoginFailed, OTPInvalid, BogusOTP\\)"
	switch r.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, OTPAlreadyUsed, DeviceInvalid`
	case PartnerUserLoginFailed, OTPInvalid, BogusOTP:
		return true
	}
	return false
}

// Denied says false only for Success and a provisioning notice: not
// reported.
func (r *Reply) Denied() bool { // want Denied:"codeswitch\\(predicate: true when receiver.ErrorCode is PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and \\d+ more\\)"
	switch r.ErrorCode {
	case Success, Provisioned:
		return false
	}
	return true
}

// Informational reports the codes that describe a device's state rather
// than a failure; the enrolment step is skipped when it says true: not
// reported.
func (r *Reply) Informational() bool { // want Informational:"codeswitch\\(predicate: true when receiver.ErrorCode is Provisioned, Reprovisioned\\)"
	switch r.ErrorCode {
	case Provisioned, Reprovisioned:
		return true
	}
	return false
}

// Retryable reports the codes worth another attempt; the callers reject
// on every answer that is not a success either way: not reported.
func (r *Reply) Retryable() bool { // want Retryable:"codeswitch\\(predicate: true when receiver.ErrorCode is OTPInvalid, DatabaseError\\)"
	switch r.ErrorCode {
	case DatabaseError, OTPInvalid:
		return true
	}
	return false
}
