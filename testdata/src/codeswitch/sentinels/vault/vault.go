// Package vault is the secrets team's SurePassID client, written another
// way: a failed call returns a *StatusError carrying the code, and
// StatusError.Is matches the package's sentinels by code, so that
// errors.Is(err, vault.ErrWrongCode) holds for every code it stands for.
package vault

import (
	"context"
	"fmt"

	"codeswitch/sentinels/faults"
)

// The SurePassID codes, untyped as the generator wrote them.
const (
	RC_SUCCESS                     = 0
	RC_PARTNER_USER_LOGIN_FAILED   = 9001
	RC_OTP_ALREADY_USED            = 9002
	RC_OTP_INVALID                 = 9003
	RC_DATABASE_ERROR              = 9010
	RC_SEND_OTP_EXPIRED            = 9043
	RC_SESSION_TOKEN_INVALID       = 9106
	RC_PARTNER_USER_LOGIN_DISABLED = 9007
)

// StatusError is a non-zero return code.
type StatusError struct {
	Op      string
	ErrCode int    `json:"errorCode"`
	ErrMsg  string `json:"errorMessage"`
}

func (e *StatusError) Error() string { return fmt.Sprintf("vault %s: code %d", e.Op, e.ErrCode) }

// The sentinels. ErrWrongCode and ErrExpiredCode are matched by Is; the
// others are codes of their own.
var (
	ErrWrongCode   error = &StatusError{Op: "sentinel"}
	ErrExpiredCode error = &StatusError{Op: "sentinel"}
	ErrReplay            = &StatusError{Op: "sentinel", ErrCode: RC_OTP_ALREADY_USED}
	ErrBadSession        = &StatusError{Op: "sentinel", ErrCode: RC_SESSION_TOKEN_INVALID}
)

// Is matches the sentinels by code.
func (e *StatusError) Is(target error) bool {
	switch target {
	case ErrWrongCode:
		return e.ErrCode == RC_OTP_INVALID || e.ErrCode == RC_PARTNER_USER_LOGIN_FAILED
	case ErrExpiredCode:
		return e.ErrCode == RC_SEND_OTP_EXPIRED
	case faults.ErrUnavailable:
		return e.ErrCode == RC_DATABASE_ERROR
	}
	t, ok := target.(*StatusError)
	return ok && t.ErrCode != 0 && t.ErrCode == e.ErrCode
}

// Unseal checks a one-time password before a secret is released; a
// failure is a *StatusError.
func Unseal(ctx context.Context, user, otp string) (string, error) {
	code, msg := call(ctx, "validate_oath_otp", user, otp)
	if code != RC_SUCCESS {
		return "", &StatusError{Op: "validate_oath_otp", ErrCode: code, ErrMsg: msg}
	}
	return "secret", nil
}

var call = func(ctx context.Context, op, user, otp string) (int, string) { return RC_SUCCESS, "" }
