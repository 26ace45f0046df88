// Package mfa is a wallet team's SurePassID client. A refused call is a
// *Failure holding the return code; callers ask about it through helpers
// that read the code back from the error: StatusOf, and predicates named
// for the cases the wallet UI shows.
package mfa

import (
	"context"
	"errors"
	"fmt"
)

// Status mirrors the return codes the wallet cares about.
type Status int

const (
	StatusOK              Status = 0
	StatusLoginFailed     Status = 9001
	StatusOTPReplayed     Status = 9002
	StatusOTPInvalid      Status = 9003
	StatusUserDisabled    Status = 9007
	StatusDatabaseError   Status = 9010
	StatusTooManyFailures Status = 9015
	StatusUserLocked      Status = 9096
)

// Failure is a call SurePassID refused.
type Failure struct {
	Op     string
	Status Status
	Text   string
}

func (f *Failure) Error() string { return fmt.Sprintf("mfa %s: %s (%d)", f.Op, f.Text, int(f.Status)) }

// Locked reports whether the failure is a lockout.
func (f *Failure) Locked() bool { // want Locked:"codeswitch\\(predicate: true when receiver.Status is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	return f.Status == StatusTooManyFailures || f.Status == StatusUserLocked
}

// StatusOf reads the code back from err; StatusOK when err carries none.
func StatusOf(err error) Status { // want StatusOf:"codeswitch\\(accessor: param 0.errors.As\\(\\).Status\\)"
	var f *Failure
	if errors.As(err, &f) {
		return f.Status
	}
	return StatusOK
}

// CodeOf is StatusOf as a plain number, through a type assertion; -1
// when err is no *Failure.
func CodeOf(err error) int { // want CodeOf:"codeswitch\\(accessor: param 0.errors.As\\(\\).Status\\)"
	f, ok := err.(*Failure)
	if !ok {
		return -1
	}
	return int(f.Status)
}

// IsLockout reports whether the account is locked out.
func IsLockout(err error) bool { // want IsLockout:"codeswitch\\(predicate: true when param 0.errors.As\\(\\).Status is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	var f *Failure
	if !errors.As(err, &f) {
		return false
	}
	switch f.Status {
	case StatusTooManyFailures, StatusUserLocked:
		return true
	}
	return false
}

// IsReplayed reports whether the OTP was used before.
func IsReplayed(err error) bool { // want IsReplayed:"codeswitch\\(predicate: true when param 0.errors.As\\(\\).Status is OTPAlreadyUsed\\)"
	var f *Failure
	return errors.As(err, &f) && f.Status == StatusOTPReplayed
}

// IsBadOTP reports whether the OTP was wrong, through a type assertion.
func IsBadOTP(err error) bool { // want IsBadOTP:"codeswitch\\(predicate: true when param 0.errors.As\\(\\).Status is OTPInvalid\\)"
	f, ok := err.(*Failure)
	return ok && f.Status == StatusOTPInvalid
}

// IsLocked asks the failure itself.
func IsLocked(err error) bool { // want IsLocked:"codeswitch\\(predicate: true when param 0.errors.As\\(\\).Status is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	var f *Failure
	ok := errors.As(err, &f)
	return ok && f.Locked()
}

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct{ post func(ctx context.Context, op string, form map[string]string) (reply, error) }

// Verify checks a user's OTP; a refusal is a *Failure.
func (c *Client) Verify(ctx context.Context, user, otp string) error {
	r, err := c.post(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
	if err != nil {
		return err
	}
	if r.ErrorCode != 0 {
		return &Failure{Op: "validate_oath_otp", Status: Status(r.ErrorCode), Text: r.ErrorMessage}
	}
	return nil
}

// Throttled is a method of the client over the error Verify returned.
func (c *Client) Throttled(err error) bool { // want Throttled:"codeswitch\\(predicate: true when param 0.errors.As\\(\\).Status is MaximumFailedOTPRequestsExceeded\\)"
	var f *Failure
	return errors.As(err, &f) && f.Status == StatusTooManyFailures
}

// Reason reads the code back with a type switch; StatusOK without one.
func Reason(err error) Status { // want Reason:"codeswitch\\(accessor: param 0.errors.As\\(\\).Status\\)"
	switch f := err.(type) {
	case *Failure:
		return f.Status
	}
	return StatusOK
}
