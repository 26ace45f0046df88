// Package spwire is an identity provider's generic SurePassID client: one
// envelope type for every operation, its payload a type parameter, and the
// return code kept behind a pointer (a proxy that strips the body leaves it
// out).
package spwire

import "context"

// Status mirrors SurePassID's APIReturnCode.
type Status int32

const (
	StatusSuccess                    Status = 0
	StatusPartnerLoginFailed         Status = 9000
	StatusUserLoginFailed            Status = 9001
	StatusOTPAlreadyUsed             Status = 9002
	StatusOTPInvalid                 Status = 9003
	StatusUserLoginDisabled          Status = 9007
	StatusBogusOTP                   Status = 9030
	StatusSessionTokenInvalid        Status = 9106
	StatusSessionTokenCreationFailed Status = 9107
)

// statusAbsent is what Status answers when errorCode was left out.
const statusAbsent Status = -1

// Answer is one SurePassID answer.
type Answer[P any] struct {
	RC      *int32 `json:"errorCode"`
	Text    string `json:"errorMessage"`
	Payload P      `json:"-"`
}

// Status returns the return code, statusAbsent when there is none.
func (a Answer[P]) Status() Status { // want Status:"codeswitch\\(accessor: receiver.RC\\)"
	if a.RC == nil {
		return statusAbsent
	}
	return Status(*a.RC)
}

// Bad is true unless the server said 0; a missing code is a failure too.
func (a Answer[P]) Bad() bool { // want Bad:"codeswitch\\(predicate: true when receiver.RC is .*"
	return a.RC == nil || *a.RC != 0
}

// Good is Bad's opposite, written the other way round.
func (a *Answer[P]) Good() bool { // want Good:"codeswitch\\(predicate: true when receiver.RC is Success\\)"
	return a.RC != nil && *a.RC == int32(StatusSuccess)
}

// Lenient reads a missing code as success: no accessor of RC, since a nil
// RC answers a published code.
func (a Answer[P]) Lenient() Status {
	if a.RC == nil {
		return StatusSuccess
	}
	return Status(*a.RC)
}

// Device is the payload of is_session_token_valid.
type Device struct {
	Name string `json:"deviceName"`
}

// Client is the part of the SurePassID client the handlers use.
type Client interface {
	CheckDevice(ctx context.Context, user, token string) (Answer[Device], error)
	CheckOTP(ctx context.Context, user, otp string) (Answer[struct{}], error)
}
