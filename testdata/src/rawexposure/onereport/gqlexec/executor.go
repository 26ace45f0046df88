package gqlexec

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"

	"rawexposure/onereport/spcheck"
)

// Executor runs the schema's root fields.
type Executor struct {
	resolvers ResolverRoot
	sp        *spcheck.Client
}

// Exec runs field of object and reports its error to the client.
func (e *Executor) Exec(ctx context.Context, object, field string, args map[string]string) json.RawMessage {
	res, err := e.resolve(ctx, object, field, args)
	if err != nil {
		graphql.AddError(ctx, err)
		return nil
	}
	raw, _ := json.Marshal(res)
	return raw
}

// resolve dispatches to the resolvers.
func (e *Executor) resolve(ctx context.Context, object, field string, args map[string]string) (any, error) {
	switch object + "." + field {
	case "Query.me":
		return e.resolvers.Query().Me(ctx)
	case "Mutation.verifyOtp":
		return e.resolvers.Mutation().VerifyOtp(ctx, args["user"], args["otp"])
	case "Mutation.resend":
		return e.resolvers.Mutation().Resend(ctx, args["user"])
	}
	return nil, nil
}

// Precheck is the executor's own check before any field runs: no resolver,
// so what it returns is sent where the executor sends it.
func (e *Executor) Precheck(ctx context.Context, user, otp string) {
	if err := e.precheck(ctx, user, otp); err != nil {
		graphql.AddError(ctx, err) // want `raw SurePassID errorMessage .*GraphQL error`
	}
}

func (e *Executor) precheck(ctx context.Context, user, otp string) error {
	return e.sp.CheckOTP(ctx, user, otp)
}

// Mount serves the schema with the default presenter.
func Mount(mux *http.ServeMux, es graphql.ExecutableSchema) {
	mux.Handle("/query", handler.New(es))
}
