// Package spcode is a delivery fleet's view of SurePassID: the return
// codes it names, the client its Lambdas call, and the predicates the
// dispatch service shares.
package spcode

import "context"

// Status is the errorCode of every SurePassID answer.
type Status int32

const (
	StatusOK              Status = 0
	StatusUserLoginFailed Status = 9001
	StatusOTPReplay       Status = 9002
	StatusOTPInvalid      Status = 9003
	StatusUserDisabled    Status = 9007
	StatusDatabaseError   Status = 9010
	StatusMaxFailedOTP    Status = 9015
	StatusDeviceNotFound  Status = 9021
	StatusAccountExpired  Status = 9032
	StatusNoDevices       Status = 9036
	StatusProvisioned     Status = 9045
	StatusLocked          Status = 9096
	StatusSessionInvalid  Status = 9106
)

// Row is one user's answer in a bulk find_users call.
type Row struct {
	User    string `json:"userName"`
	Code    Status `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Client is the SurePassID client of the fleet.
type Client interface {
	CheckSession(ctx context.Context, user, token string) (Status, error)
	ValidateOTP(ctx context.Context, user, otp string) (Status, error)
	FindUsers(ctx context.Context, users []string) ([]Row, error)
}

// DeniesDispatch says whether a courier's answer keeps them off the
// dispatch board: only two failures do, every other one lets the
// courier take orders. Reported: true rejects, as its name says.
func DeniesDispatch(s Status) bool { // want DeniesDispatch:"codeswitch\\(predicate: true when param 0 is OTPInvalid, MaximumLoginPartnerUserAttempsExceeded\\)"
	switch s { // want `fail-open switch over SurePassID return codes`
	case StatusOTPInvalid, StatusLocked:
		return true
	}
	return false
}

// ShouldBlockPayout lists the answers that keep a payout back, and
// everything but a clean answer does. Not reported: it fails closed.
func ShouldBlockPayout(s Status) bool { // want ShouldBlockPayout:"codeswitch\\(predicate: true when param 0 is PartnerLoginFailed, "
	switch s {
	case StatusOK, StatusProvisioned:
		return false
	case StatusOTPInvalid, StatusOTPReplay:
		return true
	}
	return true
}

// BlocksRetry says whether a failed call must not be sent again: a
// transient fault may be. Not reported: it decides a retry, not access,
// and no code is let in by it.
func BlocksRetry(s Status) bool { // want BlocksRetry:"codeswitch\\(predicate: true when param 0 is Success, "
	switch s {
	case StatusDatabaseError:
		return false
	}
	return true
}
