// Package gqllayout is a gqlgen API in the layout gqlgen writes, whose // want package:"model.Challenge.Hint raw errorMessage"
// generated executable schema lives in a package not in view here: the
// resolvers are methods of queryResolver and mutationResolver, which embed
// the root Resolver. Its presenter hides *spotp.Refusal errors and passes
// every other error on.
package gqllayout

import (
	"context"

	"rawexposure/rpc/spotp"
)

// Resolver is the root resolver.
type Resolver struct {
	OTP *spotp.Client
}

// Mutation returns the mutation resolver.
func (r *Resolver) Mutation() *mutationResolver { return &mutationResolver{r} }

// Query returns the query resolver.
func (r *Resolver) Query() *queryResolver { return &queryResolver{r} }

type mutationResolver struct{ *Resolver }

type queryResolver struct{ *Resolver }

// check is a helper of the resolvers, not a resolver.
func (r *Resolver) check(ctx context.Context, user, otp string) (*spotp.Reply, error) {
	return r.OTP.Check(ctx, user, otp)
}
