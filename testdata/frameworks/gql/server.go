// Package gql serves the gqlgen schema in graph with gqlgen's default
// error presenter.
package gql

import (
	"net/http"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"example.com/frameworks/gql/graph"
	"example.com/frameworks/spclient"
)

// Handler returns the GraphQL endpoint.
func Handler(sp *spclient.Client) http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{SP: sp}}))
	srv.AddTransport(transport.POST{})
	return srv
}
