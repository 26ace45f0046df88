// Package tollsp is a toll operator's SurePassID client. A failure comes
// back as an *Error holding the return code, which matches the sentinel
// ErrLocked for the lockout codes.
package tollsp

import (
	"context"
	"errors"
	"fmt"
)

// ReturnCode mirrors the SurePassID return codes the operator names.
type ReturnCode int

const (
	Success                                ReturnCode = 0
	PartnerUserLoginFailed                 ReturnCode = 9001
	OTPAlreadyUsed                         ReturnCode = 9002
	OTPInvalid                             ReturnCode = 9003
	DatabaseError                          ReturnCode = 9010
	SMSSendError                           ReturnCode = 9012
	MaximumFailedOTPRequestsExceeded       ReturnCode = 9015
	EmailSendError                         ReturnCode = 9020
	BogusOTP                               ReturnCode = 9030
	MaximumLoginPartnerUserAttempsExceeded ReturnCode = 9096
)

// ErrLocked matches an *Error of a lockout code (see Error.Is).
var ErrLocked = errors.New("tollsp: too many attempts")

// Error is a failure SurePassID answered.
type Error struct {
	Code ReturnCode
	Text string
}

func (e *Error) Error() string { return fmt.Sprintf("surepassid %d: %s", int(e.Code), e.Text) }

// Is makes errors.Is(err, ErrLocked) true for the lockout codes.
func (e *Error) Is(target error) bool { // want Is:"codeswitch\\(predicate: true only when receiver.Code is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	switch target {
	case ErrLocked:
		return e.Code == MaximumFailedOTPRequestsExceeded || e.Code == MaximumLoginPartnerUserAttempsExceeded
	}
	return false
}

type envelope struct {
	ErrorCode    ReturnCode `json:"errorCode"`
	ErrorMessage string     `json:"errorMessage"`
}

// Client calls SurePassID.
type Client struct {
	Post func(ctx context.Context, op string, form map[string]string) (*envelope, error)
}

// CheckOTP validates a driver's one-time password.
func (c *Client) CheckOTP(ctx context.Context, driver, otp string) error {
	env, err := c.Post(ctx, "validate_oath_otp", map[string]string{"username": driver, "otp": otp})
	if err != nil {
		return err
	}
	if env.ErrorCode != Success {
		return &Error{Code: env.ErrorCode, Text: env.ErrorMessage}
	}
	return nil
}

// SendOTP sends a one-time password by SMS or e-mail.
func (c *Client) SendOTP(ctx context.Context, driver, channel string) error {
	env, err := c.Post(ctx, "send_otp", map[string]string{"username": driver, "delivery": channel})
	if err != nil {
		return err
	}
	if env.ErrorCode != Success {
		return &Error{Code: env.ErrorCode, Text: env.ErrorMessage}
	}
	return nil
}

// CodeOf returns the code err carries: Success for nil, DatabaseError for
// an error SurePassID did not answer.
func CodeOf(err error) ReturnCode { // want CodeOf:"codeswitch\\(accessor: param 0.errors.As\\(\\).Code\\)"
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err != nil {
		return DatabaseError
	}
	return Success
}
