// Package gqlexec serves a gqlgen schema through an executor the team
// wrote by hand: it dispatches each field to the resolvers and hands a
// resolver's error to graphql.AddError. A resolver returning a raw error
// is reported where it returns it, once; the executor passing it on is
// not reported again. A plain helper of the executor (no resolver) is
// reported where the executor sends what it returns.
package gqlexec

import (
	"context"
	"errors"

	"rawexposure/onereport/spcheck"
)

// Resolver is the schema's root.
type Resolver struct{ SP *spcheck.Client }

// QueryResolver and MutationResolver are the schema's resolver interfaces.
type QueryResolver interface {
	Me(ctx context.Context) (string, error)
}

type MutationResolver interface {
	VerifyOtp(ctx context.Context, user, otp string) (bool, error) // want VerifyOtp:"result 1 raw errorMessage"
	Resend(ctx context.Context, user string) (bool, error)
}

// ResolverRoot is what the executor is built with.
type ResolverRoot interface {
	Query() QueryResolver
	Mutation() MutationResolver
}

func (r *Resolver) Query() QueryResolver       { return &queryResolver{r} }
func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

type queryResolver struct{ *Resolver }

type mutationResolver struct{ *Resolver }

// Me is the resolver for the me field.
func (r *queryResolver) Me(ctx context.Context) (string, error) {
	return "me", nil
}

// VerifyOtp is the resolver for the verifyOtp field.
func (r *mutationResolver) VerifyOtp(ctx context.Context, user, otp string) (bool, error) { // want VerifyOtp:"result 1 raw errorMessage"
	if err := r.SP.CheckOTP(ctx, user, otp); err != nil {
		return false, err // want `raw SurePassID errorMessage .*returned from a gqlgen resolver`
	}
	return true, nil
}

// Resend is the resolver for the resend field: its failure is our own text.
func (r *mutationResolver) Resend(ctx context.Context, user string) (bool, error) {
	if err := r.SP.CheckOTP(ctx, user, ""); err != nil {
		return false, errors.New("could not send a new code")
	}
	return true, nil
}
