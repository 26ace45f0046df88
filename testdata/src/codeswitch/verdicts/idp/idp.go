// Package idp is a clinic group's SurePassID client: the codes it names,
// the envelope every answer shares (embedded in each result), and the
// accessors and predicates its callers read a result with.
package idp

import "context"

// Code mirrors SurePassID's APIReturnCode.
type Code int32

const (
	Success                                Code = 0
	PartnerUserLoginFailed                 Code = 9001
	OTPAlreadyUsed                         Code = 9002
	OTPInvalid                             Code = 9003
	PartnerUserLoginDisabled               Code = 9007
	DatabaseError                          Code = 9010
	MaximumFailedOTPRequestsExceeded       Code = 9015
	BogusOTP                               Code = 9030
	AccountExpired                         Code = 9032
	SSOPolicyNoDailyAccess                 Code = 9061
	SSOPolicyTimeRestriction               Code = 9065
	SSOPolicyClientIPInvalid               Code = 9069
	MaximumLoginPartnerUserAttempsExceeded Code = 9096
	PartnerUserFIDOU2FNoUserPresence       Code = 9097
	PartnerUserLoginFailedPasswordExpired  Code = 9105
)

// Envelope is the part of every answer the server fills. The wire code is
// a plain number; Code hands it out typed.
type Envelope struct {
	Status  int32  `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Code returns the typed return code.
func (e Envelope) Code() Code { return Code(e.Status) } // want Code:"codeswitch\\(accessor: receiver.Status\\)"

// OK reports whether the call succeeded.
func (e Envelope) OK() bool { return e.Status == int32(Success) } // want OK:"codeswitch\\(predicate: true when receiver.Status is Success\\)"

// Succeeded is OK written over the accessor.
func (e *Envelope) Succeeded() bool { return e.Code() == Success } // want Succeeded:"codeswitch\\(predicate: true when receiver.Status is Success\\)"

// OTPResult is the answer to validate_oath_otp.
type OTPResult struct {
	Envelope
	TokenSerial string `json:"tokenSerial"`
}

// Client calls the server.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*OTPResult, error)
	ValidateUser(ctx context.Context, user, password string) (Envelope, error)
}
