// Package delivery sends one-time passwords, retrying the failures the
// vendor calls transient; the answer's own error conversion ends each
// attempt.
package delivery

import (
	"context"
	"errors"

	"codeswitch/checked/spreply"
)

var errTryAgain = errors.New("delivery: try again")

// retry runs op up to n times while it fails with errTryAgain.
func retry(ctx context.Context, n int, op func(context.Context) error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = op(ctx); !errors.Is(err, errTryAgain) {
			return err
		}
	}
	return err
}

// Sender holds the client.
type Sender struct{ SP *spreply.Client }

// Send retries delivery errors; every other failure comes back as the
// answer's error, success as its nil.
func (s *Sender) Send(ctx context.Context, user, channel string) error {
	return retry(ctx, 3, func(ctx context.Context) error {
		ans, err := s.SP.SendOTP(ctx, user, channel)
		if err != nil {
			return err
		}
		if c := ans.Code(); c == spreply.CodeSMSSendError || c == spreply.CodeDatabaseError {
			return errTryAgain
		}
		return ans.AsError("send_oath_otp")
	})
}

// Resend checks the conversion's error before going on.
func (s *Sender) Resend(ctx context.Context, user, channel string) (bool, error) {
	ans, err := s.SP.SendOTP(ctx, user, channel)
	if err != nil {
		return false, err
	}
	switch ans.Code() {
	case spreply.CodeSMSSendError, spreply.CodeDatabaseError:
		return false, errTryAgain
	}
	if err := ans.AsError("send_oath_otp"); err != nil {
		return false, err
	}
	return true, nil
}

// Push hands the answer to the package-level conversion.
func (s *Sender) Push(ctx context.Context, user string) error {
	ans, err := s.SP.SendOTP(ctx, user, "push")
	if err != nil {
		return err
	}
	if ans.Code() == spreply.CodeSMSSendError {
		return errTryAgain
	}
	return spreply.Failure(ans)
}

// Confirm dispatches on the parsed code, then returns the conversion.
func (s *Sender) Confirm(ctx context.Context, user string) error {
	ans, err := s.SP.SendOTP(ctx, user, "email")
	if err != nil {
		return err
	}
	code, err := ans.Number()
	if err != nil {
		return err
	}
	if code == int64(spreply.CodeSMSSendError) || code == int64(spreply.CodeDatabaseError) {
		return errTryAgain
	}
	return ans.AsError("send_oath_otp")
}

// Replay returns a conversion that is nil for a replayed code too: the
// replay is let through.
func (s *Sender) Replay(ctx context.Context, user string) error {
	ans, err := s.SP.SendOTP(ctx, user, "sms")
	if err != nil {
		return err
	}
	if ans.Code() == spreply.CodeSMSSendError { // want `fail-open if-else chain over SurePassID return codes`
		return errTryAgain
	}
	return ans.Lenient("send_oath_otp")
}
