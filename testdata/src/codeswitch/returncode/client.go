// Package returncode is an application that decodes SurePassID responses
// into codes.Envelope and decides on codes.ReturnCode.
package returncode

import (
	"context"
	"errors"

	"github.com/surepasslint/surepasslint/codes"
)

var (
	ErrBadOTP  = errors.New("invalid one-time password")
	ErrLocked  = errors.New("account locked")
	ErrDenied  = errors.New("sign-in denied")
	ErrBackend = errors.New("authentication service unavailable")
)

// ValidateResponse is the answer to validate_oath_otp.
type ValidateResponse struct {
	codes.Envelope
}

// API is the SurePassID client the application uses.
type API interface {
	ValidateOTP(ctx context.Context, user, otp string) (*ValidateResponse, error)
}
