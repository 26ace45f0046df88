// Package gophers serves a schema with graph-gophers/graphql-go, which
// sends a resolver's returned error as errors[].message with its
// err.Error().
package gophers

import (
	"context"
	"log"
	"net/http"

	graphql "github.com/graph-gophers/graphql-go"
	"github.com/graph-gophers/graphql-go/relay"

	"example.com/frameworks/spclient"
)

const schema = `
type Query { me: String! }
type Mutation { verifyOtp(user: String!, otp: String!): VerifyResult! }
type VerifyResult { ok: Boolean! message: String }
`

type resolver struct{ sp *spclient.Client }

type verifyResult struct {
	ok      bool
	message *string
}

func (v *verifyResult) Ok() bool         { return v.ok }
func (v *verifyResult) Message() *string { return v.message }

// Me logs the raw message and returns a fixed one.
func (r *resolver) Me(ctx context.Context) (string, error) {
	if err := r.sp.Verify(ctx, "probe", ""); err != nil {
		log.Printf("verify: %v", err)
		return "", &authError{}
	}
	return "ok", nil
}

func (r *resolver) VerifyOtp(ctx context.Context, args struct{ User, Otp string }) (*verifyResult, error) {
	if args.User == "" {
		if err := r.sp.Verify(ctx, args.User, args.Otp); err != nil {
			return nil, err // want "raw SurePassID errorMessage"
		}
		return &verifyResult{ok: true}, nil
	}
	resp, err := r.sp.ValidateOTP(ctx, args.User, args.Otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, &authError{}
	}
	if resp.ErrorCode != 0 {
		return &verifyResult{ok: false, message: &resp.ErrorMessage}, nil // want "raw SurePassID errorMessage"
	}
	return &verifyResult{ok: true}, nil
}

// authError is a safe resolver error with a code in its extensions.
type authError struct{}

func (*authError) Error() string { return spclient.SafeMessage }

func (*authError) Extensions() map[string]any { return map[string]any{"code": "UNAUTHENTICATED"} }

// Handler returns the GraphQL endpoint.
func Handler(sp *spclient.Client) http.Handler {
	return &relay.Handler{Schema: graphql.MustParseSchema(schema, &resolver{sp: sp}, graphql.UseFieldResolvers())}
}
