package gqlgraph

import (
	"context"
	"log"
	"net/http"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spauth"
)

// Mount serves both APIs: the admin one with a presenter that logs the
// error and sends a constant, the public one with the default presenter.
func Mount(mux *http.ServeMux, sp *spauth.Client) {
	admin := handler.New(NewExecutableSchema(Config{Resolvers: &AdminResolver{SP: sp}}))
	admin.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		log.Printf("graphql: %v", err)
		return gqlerror.Errorf("internal error")
	})
	mux.Handle("/admin/query", admin)

	public := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{SP: sp}}))
	mux.Handle("/query", public)
}
