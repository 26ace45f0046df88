// Package sp is the team's SurePassID REST client: a mirror of the
// APIReturnCode enum, the calls the services make, and the code-to-answer
// tables the handlers share.
package sp

import (
	"context"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// ReturnCode mirrors SurePassID's APIReturnCode.
type ReturnCode int

// The codes the services name.
const (
	Success                          ReturnCode = 0
	PartnerLoginFailed               ReturnCode = 9000
	PartnerUserLoginFailed           ReturnCode = 9001
	OTPAlreadyUsed                   ReturnCode = 9002
	OTPInvalid                       ReturnCode = 9003
	PartnerUserLoginDisabled         ReturnCode = 9007
	DatabaseError                    ReturnCode = 9010
	SMSSendError                     ReturnCode = 9012
	MaximumFailedOTPRequestsExceeded ReturnCode = 9015
	BogusOTP                         ReturnCode = 9030
	AccountExpired                   ReturnCode = 9032
	SessionTokenInvalid              ReturnCode = 9106
)

// Result is the envelope of every answer.
type Result struct {
	Type    string     `json:"type"`
	Code    ReturnCode `json:"errorCode"`
	Message string     `json:"errorMessage"`
}

// Client is the REST client the services use.
type Client interface {
	Login(ctx context.Context, user, password, otp string) (*Result, error)
	ValidateOTP(ctx context.Context, user, otp string) (*Result, error)
	Renew(ctx context.Context, user string) error
}

// UserMessage is the text a user sees for code: friendly for delivery
// problems, one generic text for the rest.
func UserMessage(code ReturnCode) string {
	switch code {
	case SMSSendError:
		return "We could not send the text message. Try another method."
	}
	return "We could not verify your sign-in."
}

// HTTPStatus is the status a handler answers with for code (an allow-list:
// not reported).
func HTTPStatus(code ReturnCode) int {
	switch code {
	case Success:
		return http.StatusOK
	case SMSSendError:
		return http.StatusBadGateway
	case DatabaseError:
		return http.StatusServiceUnavailable
	}
	return http.StatusUnauthorized
}
