// Package spanswer is a university's small SurePassID client: the return
// codes it compares against, kept as untyped constants, and the decoded
// answer.
package spanswer

import "context"

// Return codes, as SurePassID publishes them.
const (
	RCSuccess          = 0
	RCUserLoginFailed  = 9001
	RCOTPAlreadyUsed   = 9002
	RCOTPInvalid       = 9003
	RCMaxFailedOTP     = 9015
	RCDeviceDisabled   = 9028
	RCOTPBypass        = 9051
	RCTooManyAttempts  = 9096
	RCSessionTokenGone = 9106
)

// Answer is the decoded body of every call.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Code returns the answer's return code.
func (a Answer) Code() int { return a.ErrorCode } // want Code:"codeswitch\\(accessor: receiver.ErrorCode\\)"

// API is the part of the server the portals call.
type API interface {
	UnlockUser(ctx context.Context, user string) (Answer, error)
	ValidateOTP(ctx context.Context, user, otp string) (Answer, error)
}
