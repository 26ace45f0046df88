// Package enroll binds an authenticator to an account. It answers with its
// own sentinels (github.com/pkg/errors) for the outcomes the API shows,
// passes on otpgate's sentinels, and wraps the gate's other errors, raw
// text included, with errors.Wrap.
package enroll

import (
	"context"

	"github.com/pkg/errors"

	"rawexposure/isnarrow/otpgate"
)

// Fixed, user-presentable outcomes.
var (
	ErrNotInvited   = errors.New("this enrollment link is not valid")
	ErrAlreadyBound = errors.New("an authenticator is already enrolled")
)

// ErrRejected is the gate's sentinel under the domain's name: errors.Is on
// it matches what errors.Is on otpgate.ErrCodeRejected matches.
var ErrRejected = otpgate.ErrCodeRejected // want ErrRejected:`rawexposure\(wrapped sentinel\)`

// ErrUnavailable is the gate's fixed sentinel under the domain's name.
var ErrUnavailable = otpgate.ErrUnavailable

// Verifier is the gate as the flow sees it.
type Verifier interface {
	Verify(ctx context.Context, user, otp string) error
}

// Flow enrolls authenticators.
type Flow struct {
	Gate    *otpgate.Gate
	invited map[string]bool
	bound   map[string]bool
}

// Confirm checks the first code of a new authenticator.
func (f *Flow) Confirm(ctx context.Context, user, otp string) error { // want Confirm:"raw errorMessage"
	if !f.invited[user] {
		return ErrNotInvited
	}
	if f.bound[user] {
		return errors.Wrap(ErrAlreadyBound, "confirm")
	}
	if err := f.Gate.Verify(ctx, user, otp); err != nil {
		return errors.Wrap(err, "confirm enrollment")
	}
	f.bound[user] = true
	return nil
}

// BindError keeps the gate's error for the logs beside the reason shown.
type BindError struct {
	Reason error
	cause  error
}

func (e *BindError) Error() string { return e.Reason.Error() } // want Error:`rawexposure\(reads fields Reason\)`
func (e *BindError) Unwrap() error { return e.Reason }         // want Unwrap:`rawexposure\(reads fields Reason\)`

// Cause is the gate's error, for the logs.
func (e *BindError) Cause() error { return e.cause } // want Cause:"raw errorMessage from enroll.BindError.cause"

var rebindRefusals = map[string]error{
	"bound":   ErrAlreadyBound,
	"invited": ErrNotInvited,
}

// Rebind moves an account to a new authenticator: a refusal carries the
// gate's error beside a fixed reason that Error() alone shows; other
// failures are the gate's, wrapped.
func (f *Flow) Rebind(ctx context.Context, user, otp, state string) error { // want Rebind:"raw errorMessage"
	err := f.Gate.Verify(ctx, user, otp)
	if reason, refused := rebindRefusals[state]; refused {
		return &BindError{Reason: reason, cause: err}
	}
	return errors.Wrap(err, "rebind")
}
