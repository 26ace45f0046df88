// Package presented implements the graph schema's resolvers in a package of
// their own (gqlgen's resolver.package setting) and serves them only with an
// error presenter that replaces every message: the raw errors its
// resolvers return are logged, never sent. Nothing here is reported.
package presented

import (
	"context"
	"log"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"example.com/frameworks/gql/graph"
	"example.com/frameworks/gql/graph/model"
	"example.com/frameworks/spclient"
)

// Resolver is the resolver root.
type Resolver struct{ SP *spclient.Client }

// Mutation returns the mutation resolvers.
func (r *Resolver) Mutation() graph.MutationResolver { return &mutationResolver{r} }

// Query returns the query resolvers.
func (r *Resolver) Query() graph.QueryResolver { return &queryResolver{r} }

type (
	mutationResolver struct{ *Resolver }
	queryResolver    struct{ *Resolver }
)

func (r *mutationResolver) VerifyOtp(ctx context.Context, user string, otp string) (*model.VerifyResult, error) {
	if err := r.SP.Verify(ctx, user, otp); err != nil {
		return nil, err
	}
	return &model.VerifyResult{Ok: true}, nil
}

func (r *queryResolver) Me(ctx context.Context) (string, error) { return "ok", nil }

// presentError logs the error and sends a fixed message on its path.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	log.Printf("graphql: %v", err)
	return &gqlerror.Error{Message: spclient.SafeMessage, Path: graphql.GetPath(ctx)}
}

// Handler returns the GraphQL endpoint.
func Handler(sp *spclient.Client) http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &Resolver{SP: sp}}))
	srv.AddTransport(transport.POST{})
	srv.SetErrorPresenter(presentError)
	return srv
}
