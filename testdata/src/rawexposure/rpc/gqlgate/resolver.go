// Package gqlgate is a gqlgen API in gqlgen's layout whose resolvers reach
// SurePassID through spgate.Gate, an interface: the server's presenter
// hides *spgate.Rejection errors and passes every other error on, so an
// error whose every raw value is a Rejection (whichever implementation
// returned it) is hidden, and Enroll's plain error is sent.
package gqlgate

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spgate"
)

// Resolver is the root resolver.
type Resolver struct {
	Gate spgate.Gate
}

// Mutation returns the mutation resolver.
func (r *Resolver) Mutation() *mutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }

// Mount serves the API on the executable schema built elsewhere.
func Mount(mux *http.ServeMux, schema graphql.ExecutableSchema) {
	srv := handler.NewDefaultServer(schema)
	srv.SetErrorPresenter(presenter("gate"))
	mux.Handle("/graphql", srv)
}

// presenter starts from gqlgen's default answer and replaces the message
// of a rejection; any other error keeps its text.
func presenter(component string) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		var rej *spgate.Rejection
		switch {
		case errors.Is(err, context.Canceled):
			gerr.Extensions["code"] = "CANCELED"
		case errors.As(err, &rej):
			log.Printf("%s: surepass rejected the request: %d %s", component, rej.Code, rej.Reason)
			gerr.Message = "We could not complete the verification."
			gerr.Extensions["code"] = "VERIFICATION_FAILED"
		}
		return gerr
	}
}
