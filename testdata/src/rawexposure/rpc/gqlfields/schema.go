// Package gqlfields is a graphql-go/graphql schema built from
// graphql.Fields and backed by SurePassID: the executor sends a resolver's
// returned error as errors[].message (err.Error()) and its returned value
// as the field's data.
package gqlfields

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/graphql-go/graphql"

	"rawexposure/rpc/spauth"
)

// API resolves the schema's fields.
type API struct {
	SP *spauth.Client
}

var verdictType = graphql.NewObject(graphql.ObjectConfig{
	Name: "Verdict",
	Fields: graphql.Fields{
		"passed": &graphql.Field{Type: graphql.Boolean},
		"reason": &graphql.Field{Type: graphql.String},
	},
})

// Schema builds the schema; some resolvers are literals, some methods.
func (a *API) Schema() (graphql.Schema, error) {
	mutation := graphql.NewObject(graphql.ObjectConfig{
		Name: "Mutation",
		Fields: graphql.Fields{
			"signIn": &graphql.Field{
				Type: graphql.NewNonNull(graphql.Boolean),
				Args: graphql.FieldConfigArgument{
					"user": &graphql.ArgumentConfig{Type: graphql.String},
					"otp":  &graphql.ArgumentConfig{Type: graphql.String},
				},
				Resolve: func(p graphql.ResolveParams) (interface{}, error) {
					user, _ := p.Args["user"].(string)
					otp, _ := p.Args["otp"].(string)
					if err := a.SP.Verify(p.Context, user, otp); err != nil {
						return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a graphql-go/graphql resolver`
					}
					return true, nil
				},
			},
			"verify":   &graphql.Field{Type: verdictType, Resolve: a.verify},
			"precheck": &graphql.Field{Type: graphql.String, Resolve: a.precheck},
			"status":   &graphql.Field{Type: graphql.String, Resolve: a.status},
			"probe":    &graphql.Field{Type: graphql.Boolean, Resolve: a.probe},
		},
	})
	return graphql.NewSchema(graphql.SchemaConfig{Query: mutation, Mutation: mutation})
}

// verify reports the message in the payload, for the client to show.
func (a *API) verify(p graphql.ResolveParams) (interface{}, error) {
	resp, err := a.SP.ValidateOTP(p.Context, user(p), otpArg(p))
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, errors.New("verification unavailable")
	}
	if resp.ErrorCode != 0 {
		return map[string]interface{}{"passed": false, "reason": resp.ErrorMessage}, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a graphql-go/graphql resolver as the response`
	}
	return map[string]interface{}{"passed": true}, nil
}

// precheck wraps the client's error with %w.
func (a *API) precheck(p graphql.ResolveParams) (any, error) {
	if err := a.SP.Verify(p.Context, user(p), ""); err != nil {
		return nil, fmt.Errorf("precheck: %w", err) // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a graphql-go/graphql resolver`
	}
	return "ok", nil
}

// status returns a fixed text and the response type: quiet.
func (a *API) status(p graphql.ResolveParams) (interface{}, error) {
	resp, err := a.SP.ValidateOTP(p.Context, user(p), "")
	if err != nil {
		return nil, errors.New("status unavailable")
	}
	if resp.ErrorCode != 0 {
		log.Printf("status %s: %d %s", user(p), resp.ErrorCode, resp.ErrorMessage)
		return "rejected", nil
	}
	return resp.Type, nil
}

// probe goes through lookup, a helper of the resolver's shape that the
// package calls: the helper's caller decides what is sent.
func (a *API) probe(p graphql.ResolveParams) (interface{}, error) {
	v, err := a.lookup(p)
	if err != nil {
		log.Printf("probe: %v", err)
		return false, errors.New("probe failed")
	}
	return v != nil, nil
}

func (a *API) lookup(p graphql.ResolveParams) (interface{}, error) {
	return nil, a.SP.Verify(p.Context, user(p), "")
}

func user(p graphql.ResolveParams) string {
	u, _ := p.Context.Value(userKey{}).(string)
	return u
}

func otpArg(p graphql.ResolveParams) string {
	s, _ := p.Args["otp"].(string)
	return s
}

type userKey struct{}

// WithUser puts the signed-in user in ctx.
func WithUser(ctx context.Context, u string) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}
