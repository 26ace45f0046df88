// Package gqlhidden serves a gqlgen schema through a hand-written executor,
// under a presenter that replaces the text of a Refusal. A resolver
// returning a Refusal carrying the raw message is not reported (the
// presenter hides it), and neither is the executor handing the same
// error to graphql.AddError, which goes through the same presenter. An
// error of another type is still reported where the resolver returns it.
package gqlhidden

import (
	"context"
	"errors"
	"fmt"

	"rawexposure/onereport/spcheck"
)

// Refusal is a refused second factor, with SurePassID's own wording kept
// for the logs.
type Refusal struct {
	User   string
	Reason string // want Reason:"raw errorMessage from gqlhidden.Refusal.Reason"
}

func (r *Refusal) Error() string { return r.Reason } // want Error:"result 0 raw errorMessage from gqlhidden.Refusal.Reason"

// Resolver is the schema's root.
type Resolver struct{ SP *spcheck.Client }

// MutationResolver is the schema's resolver interface.
type MutationResolver interface {
	VerifyOtp(ctx context.Context, user, otp string) (bool, error) // want VerifyOtp:"result 1 raw errorMessage from spcheck.CheckOTP"
	Confirm(ctx context.Context, user, otp string) (bool, error)   // want Confirm:"result 1 raw errorMessage from spcheck.CheckOTP"
}

// ResolverRoot is what the executor is built with.
type ResolverRoot interface {
	Mutation() MutationResolver
}

func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }

// VerifyOtp refuses with a Refusal: the presenter replaces its text.
func (r *mutationResolver) VerifyOtp(ctx context.Context, user, otp string) (bool, error) { // want VerifyOtp:"result 1 raw errorMessage from spcheck.CheckOTP"
	if err := r.SP.CheckOTP(ctx, user, otp); err != nil {
		return false, &Refusal{User: user, Reason: err.Error()}
	}
	return true, nil
}

// Confirm wraps the client's error in its own text: the presenter passes
// it on.
func (r *mutationResolver) Confirm(ctx context.Context, user, otp string) (bool, error) { // want Confirm:"result 1 raw errorMessage from spcheck.CheckOTP"
	if err := r.SP.CheckOTP(ctx, user, otp); err != nil {
		return false, fmt.Errorf("confirm: %v", err) // want `raw SurePassID errorMessage .*returned from a gqlgen resolver`
	}
	return true, nil
}

var errUnknownField = errors.New("unknown field")
