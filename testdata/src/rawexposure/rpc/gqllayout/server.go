package gqllayout

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spotp"
)

// Serve mounts the API on the executable schema built elsewhere.
func Serve(mux *http.ServeMux, schema graphql.ExecutableSchema) {
	srv := handler.NewDefaultServer(schema)
	srv.SetErrorPresenter(presentError)
	mux.Handle("/graphql", srv)
}

// presentError answers a refusal with a fixed text and passes any other
// error on as gqlgen would.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	var refusal *spotp.Refusal
	if errors.As(err, &refusal) {
		slog.WarnContext(ctx, "otp refused", "code", refusal.Code)
		return gqlerror.Errorf("The code was not accepted.")
	}
	return graphql.DefaultErrorPresenter(ctx, err)
}
