package gqlhidden

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Executor runs the schema's root fields.
type Executor struct{ resolvers ResolverRoot }

// Exec runs field and reports its error through the server's presenter.
func (e *Executor) Exec(ctx context.Context, field string, args map[string]string) json.RawMessage {
	res, err := e.resolve(ctx, field, args)
	if err != nil {
		graphql.AddError(ctx, err)
		return nil
	}
	raw, _ := json.Marshal(res)
	return raw
}

func (e *Executor) resolve(ctx context.Context, field string, args map[string]string) (any, error) {
	switch field {
	case "verifyOtp":
		return e.resolvers.Mutation().VerifyOtp(ctx, args["user"], args["otp"])
	case "confirm":
		return e.resolvers.Mutation().Confirm(ctx, args["user"], args["otp"])
	}
	return nil, errUnknownField
}

// Mount serves the schema; a Refusal's text is logged, never sent.
func Mount(mux *http.ServeMux, es graphql.ExecutableSchema, log *slog.Logger) {
	srv := handler.New(es)
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		var ref *Refusal
		if errors.As(err, &ref) {
			log.InfoContext(ctx, "second factor refused", "user", ref.User, "reason", ref.Reason)
			return gqlerror.Errorf("We could not verify your code.")
		}
		return graphql.DefaultErrorPresenter(ctx, err)
	})
	mux.Handle("/query", srv)
}
