// Package http is a test stub of
// github.com/go-kratos/kratos/v2/transport/http (v2.8): the server, its
// router and Context, with the real signatures and no behaviour.
package http

import (
	"context"
	"io"
	"net/http"
)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(Context) error

// Context is an HTTP Context.
type Context interface {
	context.Context
	Vars() map[string][]string
	Query() map[string][]string
	Form() map[string][]string
	Header() http.Header
	Request() *http.Request
	Response() http.ResponseWriter
	Bind(interface{}) error
	Returns(interface{}, error) error
	Result(int, interface{}) error
	JSON(int, interface{}) error
	XML(int, interface{}) error
	String(int, string) error
	Blob(int, string, []byte) error
	Stream(int, string, io.Reader) error
	Reset(http.ResponseWriter, *http.Request)
}

// Router is an HTTP router.
type Router struct{}

// GET registers a new GET route for a path with matching handler in the
// router.
func (r *Router) GET(path string, h HandlerFunc) {}

// POST registers a new POST route for a path with matching handler in the
// router.
func (r *Router) POST(path string, h HandlerFunc) {}

// Server is an HTTP server wrapper.
type Server struct{}

// NewServer creates an HTTP server by options.
func NewServer() *Server { return &Server{} }

// Route registers an HTTP router.
func (s *Server) Route(prefix string) *Router { return &Router{} }
