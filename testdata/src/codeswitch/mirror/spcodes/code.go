// Package spcodes is a bank's copy of the SurePassID return codes, with
// names printed by stringer.
package spcodes

//go:generate stringer -type=Code

// Code is a SurePassID return code.
type Code int

const (
	Success                          Code = 0
	PartnerUserLoginFailed           Code = 9001
	OTPAlreadyUsed                   Code = 9002
	OTPInvalid                       Code = 9003
	DatabaseError                    Code = 9010
	MaximumFailedOTPRequestsExceeded Code = 9015
	BogusOTP                         Code = 9030
)

// Reply is the answer of a validation.
type Reply struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Code returns the reply's code.
func (r Reply) Code() Code { return r.ErrorCode } // want Code:"codeswitch\\(accessor: receiver.ErrorCode\\)"
