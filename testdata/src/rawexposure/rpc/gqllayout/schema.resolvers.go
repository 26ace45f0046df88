package gqllayout

// This file will be automatically regenerated based on the schema, any resolver implementations
// will be copied through when generating and any unknown code will be moved to the end.

import (
	"context"
	"errors"
	"fmt"

	"rawexposure/rpc/gqllayout/model"
)

const tryAgain = "The code was not accepted."

// StartChallenge is the resolver for the startChallenge field.
func (r *mutationResolver) StartChallenge(ctx context.Context, user string, otp string) (*model.Challenge, error) { // want StartChallenge:"result 0 raw errorMessage"
	rep, err := r.check(ctx, user, otp)
	if err != nil {
		return nil, errors.New("verification is unavailable")
	}
	if rep.ErrorCode != 0 {
		hint := rep.ErrorMessage
		return &model.Challenge{Accepted: false, Hint: &hint}, nil // want `raw SurePassID errorMessage .*returned from a gqlgen resolver as the response`
	}
	return &model.Challenge{Accepted: true}, nil
}

// RetryChallenge is the resolver for the retryChallenge field: a fixed hint.
func (r *mutationResolver) RetryChallenge(ctx context.Context, user string, otp string) (*model.Challenge, error) {
	rep, err := r.check(ctx, user, otp)
	if err != nil {
		return nil, errors.New("verification is unavailable")
	}
	if rep.ErrorCode != 0 {
		hint := tryAgain
		return &model.Challenge{Accepted: false, Hint: &hint}, nil
	}
	return &model.Challenge{Accepted: true}, nil
}

// ConfirmDevice is the resolver for the confirmDevice field: Confirm's
// error is a plain error the presenter passes on.
func (r *mutationResolver) ConfirmDevice(ctx context.Context, user string, otp string) (bool, error) { // want ConfirmDevice:"result 1 raw errorMessage from spotp.Confirm"
	if err := r.OTP.Confirm(ctx, user, otp); err != nil {
		return false, err // want `raw SurePassID errorMessage \(from spotp.Confirm\) returned from a gqlgen resolver`
	}
	return true, nil
}

// RotateDevice is the resolver for the rotateDevice field: a *spotp.Refusal,
// wrapped, is hidden by the presenter.
func (r *mutationResolver) RotateDevice(ctx context.Context, user string, otp string) (bool, error) { // want RotateDevice:"result 1 raw errorMessage from spotp.Err"
	rep, err := r.check(ctx, user, otp)
	if err != nil {
		return false, errors.New("verification is unavailable")
	}
	if err := rep.Err(); err != nil {
		return false, fmt.Errorf("rotate device: %w", err)
	}
	return true, nil
}

// DeviceState is the resolver for the deviceState field: the refusal
// itself, hidden by the presenter.
func (r *queryResolver) DeviceState(ctx context.Context, user string, otp string) (string, error) { // want DeviceState:"result 1 raw errorMessage from spotp.Err"
	rep, err := r.check(ctx, user, otp)
	if err != nil {
		return "", errors.New("verification is unavailable")
	}
	return "active", rep.Err()
}
