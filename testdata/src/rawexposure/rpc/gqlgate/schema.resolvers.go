package gqlgate

// This file will be automatically regenerated based on the schema, any resolver implementations
// will be copied through when generating and any unknown code will be moved to the end.

import (
	"context"
	"fmt"
)

// RequestCode is the resolver for the requestCode field: Challenge's raw
// errors are all *spgate.Rejection, which the presenter hides.
func (r *mutationResolver) RequestCode(ctx context.Context, channel string) (bool, error) { // want RequestCode:"result 1 raw errorMessage from spgate.Challenge"
	if err := r.Gate.Challenge(ctx, userOf(ctx), channel); err != nil {
		return false, err
	}
	return true, nil
}

// ResendCode is the resolver for the resendCode field: wrapped with %w,
// the rejection is still found by the presenter.
func (r *mutationResolver) ResendCode(ctx context.Context, channel string) (bool, error) { // want ResendCode:"result 1 raw errorMessage from spgate.Challenge"
	err := r.Gate.Challenge(ctx, userOf(ctx), channel)
	if err != nil {
		return false, fmt.Errorf("resend over %s: %w", channel, err)
	}
	return true, nil
}

// EnrollToken is the resolver for the enrollToken field: Enroll's error is
// a plain error carrying the text, which the presenter passes on.
func (r *mutationResolver) EnrollToken(ctx context.Context, serial string) (bool, error) { // want EnrollToken:"result 1 raw errorMessage from spgate.Enroll"
	if err := r.Gate.Enroll(ctx, userOf(ctx), serial); err != nil {
		return false, err // want `raw SurePassID errorMessage \(from spgate.Enroll\) returned from a gqlgen resolver`
	}
	return true, nil
}

// Reissue is the resolver for the reissue field: the text of the
// rejection, formatted into an error of its own, is sent.
func (r *mutationResolver) Reissue(ctx context.Context, channel string) (bool, error) { // want Reissue:"result 1 raw errorMessage from spgate.Challenge"
	if err := r.Gate.Challenge(ctx, userOf(ctx), channel); err != nil {
		return false, fmt.Errorf("reissue failed: %v", err) // want `raw SurePassID errorMessage \(from spgate.Challenge\) returned from a gqlgen resolver`
	}
	return true, nil
}

type userKey struct{}

func userOf(ctx context.Context) string {
	u, _ := ctx.Value(userKey{}).(string)
	return u
}
