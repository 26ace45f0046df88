// Package policy decides what the mobile API answers for a second-factor
// result. It never sees the token server: the gateway passes the number
// it got back, and the team keeps the few numbers it cares about here.
package policy

import (
	"errors"
	"log/slog"
)

type spCode int

const (
	spReplayed  spCode = 9002
	spWrongOTP  spCode = 9003
	spLockedOut spCode = 9015
	spExpired   spCode = 9043
)

var (
	ErrRetry  = errors.New("try again")
	ErrLocked = errors.New("locked")
)

// Decide maps the gateway's number to the app's error.
func Decide(code int) error {
	switch spCode(code) { // want `fail-open switch over SurePassID return codes`
	case spReplayed, spWrongOTP, spExpired:
		return ErrRetry
	case spLockedOut:
		return ErrLocked
	}
	return nil
}

// DecideStrict is Decide failing closed: nothing to report.
func DecideStrict(code int) error {
	switch spCode(code) {
	case 0:
		return nil
	case spReplayed, spWrongOTP, spExpired:
		return ErrRetry
	default:
		return ErrLocked
	}
}

// Note only logs the interesting numbers: nothing to report.
func Note(code int) {
	switch spCode(code) {
	case spReplayed:
		slog.Warn("otp replayed")
	case spLockedOut:
		slog.Warn("user locked out")
	}
}
