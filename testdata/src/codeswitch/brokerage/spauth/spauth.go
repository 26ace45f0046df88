// Package spauth is a brokerage's SurePassID client: the codes it names,
// the reply every call answers, and the push-approval poll.
package spauth

import "context"

// Code mirrors SurePassID's APIReturnCode.
type Code int32

const (
	Success                            Code = 0
	PartnerUserLoginFailed             Code = 9001
	OTPAlreadyUsed                     Code = 9002
	OTPInvalid                         Code = 9003
	PartnerUserLoginDisabled           Code = 9007
	DatabaseError                      Code = 9010
	MaximumFailedOTPRequestsExceeded   Code = 9015
	BogusOTP                           Code = 9030
	AccountExpired                     Code = 9032
	PartnerUserLoginAttepmtedOTPByPass Code = 9051
	SessionTokenInvalid                Code = 9106
)

// Pending is the client's own answer while a push is not answered yet.
const Pending Code = -1

// Reply is what every call answers.
type Reply struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Type         string `json:"type"`
}

// Client calls the server.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Reply, error)
	PushStatus(ctx context.Context, txID string) (*Reply, error)
}
