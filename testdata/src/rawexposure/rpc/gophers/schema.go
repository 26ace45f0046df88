// Package gophers is a graph-gophers/graphql-go API backed by SurePassID:
// graphql-go sends a resolver's returned error as errors[].message.
package gophers

import (
	"context"
	"errors"
	"log"
	"net/http"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"rawexposure/rpc/spauth"
)

const schema = `type Query { user(name: String!): User } type Mutation { login(user: String!, otp: String!): Boolean! }`

// RootResolver is the schema's resolver.
type RootResolver struct {
	SP *spauth.Client
}

// Login returns the client's error.
func (r *RootResolver) Login(ctx context.Context, args struct{ User, Otp string }) (bool, error) { // want Login:"raw errorMessage"
	if err := r.SP.Verify(ctx, args.User, args.Otp); err != nil {
		return false, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a graphql-go resolver`
	}
	return true, nil
}

// User resolves a nested resolver.
func (r *RootResolver) User(ctx context.Context, args struct{ Name string }) (*UserResolver, error) {
	return &UserResolver{sp: r.SP, name: args.Name}, nil
}

// UserResolver resolves the User type.
type UserResolver struct {
	sp   *spauth.Client
	name string
}

// Status sends the raw message as the field's value, or in an error.
func (u *UserResolver) Status(ctx context.Context) (string, error) { // want Status:"raw errorMessage"
	resp, err := u.sp.ValidateOTP(ctx, u.name, "")
	if err != nil {
		log.Printf("surepass: %v", err)
		return "", errors.New("status unavailable")
	}
	if len(u.name) > 64 {
		return "", gqlerrors.Errorf("status: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*GraphQL error message`
	}
	return resp.ErrorMessage, nil // want `raw SurePassID errorMessage .*returned from a graphql-go resolver as the response`
}

// Name is quiet.
func (u *UserResolver) Name() string { return u.name }

// audit is no resolver: the schema never reaches it.
type audit struct{ sp *spauth.Client }

func (a *audit) Check(ctx context.Context, user string) error { // want Check:"raw errorMessage"
	return a.sp.Verify(ctx, user, "")
}

// Handler serves the schema.
func Handler(sp *spauth.Client) http.Handler {
	s := graphql.MustParseSchema(schema, &RootResolver{SP: sp})
	_ = s
	return http.NotFoundHandler()
}
