package kiosk

import (
	"context"
	"errors"
	"fmt"
)

// ErrRefused is returned when SurePassID refuses a passcode reset.
var ErrRefused = errors.New("kiosk: passcode reset refused")

// PasscodeReset is what the kiosk shows after a passcode reset.
type PasscodeReset struct {
	User    string
	Comment string // want Comment:`raw errorMessage`
}

// ResetPasscode gives the server's text only beside ErrRefused.
func (d *Desk) ResetPasscode(ctx context.Context, user string) (PasscodeReset, error) { // want ResetPasscode:`result 0 raw errorMessage` ResetPasscode:`result 0 raw only with \(error\) in non-nil`
	out := PasscodeReset{User: user}
	a, err := d.API.Call(ctx, "reset_passcode", user)
	if err != nil {
		return out, fmt.Errorf("reset passcode for %s: %w", user, err)
	}
	if a.ErrorCode != 0 {
		out.Comment = a.ErrorMessage
		return out, ErrRefused
	}
	out.Comment = "Your passcode was reset."
	return out, nil
}

// ResetPasscodeQuiet gives the server's text beside a nil error too.
func (d *Desk) ResetPasscodeQuiet(ctx context.Context, user string) (PasscodeReset, error) { // want ResetPasscodeQuiet:`result 0 raw errorMessage`
	out := PasscodeReset{User: user}
	a, err := d.API.Call(ctx, "reset_passcode", user)
	if err != nil {
		return out, err
	}
	if a.ErrorCode == codeNoSuchUser {
		out.Comment = a.ErrorMessage
		return out, nil
	}
	if a.ErrorCode != 0 {
		out.Comment = a.ErrorMessage
		return out, ErrRefused
	}
	return out, nil
}
