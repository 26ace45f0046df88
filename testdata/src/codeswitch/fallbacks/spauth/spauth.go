// Package spauth is a lending portal's SurePassID client: the codes it
// names and the reply every call answers.
package spauth

import "context"

// Code mirrors SurePassID's APIReturnCode.
type Code int32

const (
	Success                          Code = 0
	OTPAlreadyUsed                   Code = 9002
	OTPInvalid                       Code = 9003
	PartnerUserLoginDisabled         Code = 9007
	DatabaseError                    Code = 9010
	MaximumFailedOTPRequestsExceeded Code = 9015
	BogusOTP                         Code = 9030
	AccountExpired                   Code = 9032
)

// Reply is what every call answers.
type Reply struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls the server.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Reply, error)
}
