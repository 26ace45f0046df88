// Package devreg is a fleet operator's SurePassID client for its drivers'
// authenticators: the codes it names and the calls it makes.
package devreg

import "context"

// Code mirrors SurePassID's return codes.
type Code int

const (
	Success                          Code = 0
	OTPInvalid                       Code = 9003
	SMSSendError                     Code = 9012
	MaximumFailedOTPRequestsExceeded Code = 9015
	DeviceInUse                      Code = 9019
	BogusOTP                         Code = 9030
	DeviceAlreadyProvisioned         Code = 9047
	PartnerUserLoginLocked           Code = 9096
)

// Answer is the envelope of every reply.
type Answer struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	PSN          string `json:"psn"`
}

// Code is the answer's return code.
func (a Answer) Code() Code { return a.ErrorCode } // want Code:"codeswitch\\(accessor: receiver.ErrorCode\\)"

// API is the part of the server the fleet calls.
type API interface {
	AddOATHDevice(ctx context.Context, user string) (Answer, error)
	ValidateOTP(ctx context.Context, user, otp string) (Answer, error)
	SendOTP(ctx context.Context, user string) (Answer, error)
}
