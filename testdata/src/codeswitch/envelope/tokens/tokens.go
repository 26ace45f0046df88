// Package tokens is a help desk's SurePassID client: a hardware-token
// check returning the published return code as its own type.
package tokens

import "context"

// Status mirrors SurePassID's APIReturnCode.
type Status int32

// The statuses the desk deals with.
const (
	StatusSuccess                Status = 0
	StatusOTPAlreadyUsed         Status = 9002
	StatusOTPInvalid             Status = 9003
	StatusDeviceInvalid          Status = 9004
	StatusPartnerUserLoginDisabl Status = 9007
	StatusDeviceNotFound         Status = 9021
	StatusTimeDriftInvalid       Status = 9035
	StatusNoDevicesDefined       Status = 9036
	StatusSendOTPExpired         Status = 9043
)

// Check is the answer to a token check.
type Check struct {
	Status  Status `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Verifier checks one-time passwords.
type Verifier interface {
	CheckToken(ctx context.Context, user, serial, otp string) (*Check, error)
}
