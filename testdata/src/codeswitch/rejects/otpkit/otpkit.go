// Package otpkit is the kiosk team's SurePassID client: its own Status enum
// mirrors the codes, a sentinel type carries one positionally, and a table
// maps the other codes to plain errors.
package otpkit

import (
	"context"
	"errors"
)

// Status is SurePassID's return code.
type Status int

const (
	StatusSuccess           Status = 0
	StatusOTPUsed           Status = 9002
	StatusOTPInvalid        Status = 9003
	StatusDatabaseError     Status = 9010
	StatusSMSSendError      Status = 9012
	StatusMaxOTPFailures    Status = 9015
	StatusBogusOTP          Status = 9030
	StatusOTPByPassAttempt  Status = 9051
	StatusMaxLoginsExceeded Status = 9096
)

// sentinel is an error standing for one status.
type sentinel struct {
	status Status
	msg    string
}

func (s sentinel) Error() string { return "otpkit: " + s.msg }

// The sentinels of the statuses callers handle.
var (
	ErrOTPUsed    error = sentinel{StatusOTPUsed, "otp used"}
	ErrOTPInvalid error = sentinel{StatusOTPInvalid, "otp invalid"}
)

// Plain errors, tied to their codes by a table.
var (
	ErrLockedOut  = errors.New("otpkit: locked out")
	ErrDelivery   = errors.New("otpkit: delivery failed")
	ErrBackend    = errors.New("otpkit: backend failure")
	ErrTampering  = errors.New("otpkit: tampering")
	ErrNoTerminal = errors.New("otpkit: no terminal") // the client's own
)

var byCode = map[int]error{
	9002: ErrOTPUsed,
	9003: ErrOTPInvalid,
	9015: ErrLockedOut,
	9096: ErrLockedOut,
	9012: ErrDelivery,
	9010: ErrBackend,
	9051: ErrTampering,
}

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    Status `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// OK reports whether the reply is a success or a success still pending.
func (r Reply) OK() bool { return r.ErrorCode.OK() } // want OK:"codeswitch\\(predicate: true when receiver.ErrorCode is Success\\)"

// OK reports whether s lets the user in.
func (s Status) OK() bool { // want OK:"codeswitch\\(predicate: true when receiver is Success\\)"
	switch s {
	case StatusSuccess:
		return true
	}
	return false
}

// IsRetryable reports whether asking again may help.
func IsRetryable(s Status) bool { // want IsRetryable:"codeswitch\\(predicate: true when param 0 is DatabaseError, SMSSendError\\)"
	switch s {
	case StatusDatabaseError, StatusSMSSendError:
		return true
	}
	return false
}

// Terminal talks to SurePassID.
type Terminal struct {
	Do func(ctx context.Context, op string, args map[string]string) (Reply, error)
}

// Check validates a one-time password and returns the reply.
func (t *Terminal) Check(ctx context.Context, user, otp string) (Reply, error) {
	if t.Do == nil {
		return Reply{}, ErrNoTerminal
	}
	return t.Do(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
}

// Verify validates a one-time password: nil on Success.
func (t *Terminal) Verify(ctx context.Context, user, otp string) error {
	rep, err := t.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if err, ok := byCode[int(rep.ErrorCode)]; ok {
		return err
	}
	if rep.ErrorCode != StatusSuccess {
		return errors.New("otpkit: refused")
	}
	return nil
}
