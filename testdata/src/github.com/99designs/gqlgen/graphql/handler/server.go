// Package handler is a test stub of
// github.com/99designs/gqlgen/graphql/handler (v0.17.98).
package handler

import (
	"net/http"

	"github.com/99designs/gqlgen/graphql"
)

// Server is a GraphQL HTTP handler.
type Server struct{ presenter graphql.ErrorPresenterFunc }

// New returns a server with no transports.
func New(es graphql.ExecutableSchema) *Server { return &Server{} }

// NewDefaultServer returns a server with the default transports.
//
// Deprecated: use New.
func NewDefaultServer(es graphql.ExecutableSchema) *Server { return &Server{} }

// SetErrorPresenter sets the function that turns errors into what the
// client gets.
func (s *Server) SetErrorPresenter(f graphql.ErrorPresenterFunc) { s.presenter = f }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
