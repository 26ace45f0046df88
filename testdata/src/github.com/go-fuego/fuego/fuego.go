// Package fuego is a test stub of github.com/go-fuego/fuego (v0.19): the
// server, route registration, the handler contexts and the error types,
// with the real signatures and no behaviour.
package fuego

import (
	"context"
	"net/http"
)

// Server is a fuego server.
type Server struct{}

// NewServer creates a new server.
func NewServer(options ...func(*Server)) *Server { return &Server{} }

// Run starts the server.
func (s *Server) Run() error { return nil }

// BaseRoute is the part of a route that does not depend on its types.
type BaseRoute struct{ Path string }

// Route is a registered route.
type Route[ResponseBody, RequestBody, Params any] struct{ BaseRoute }

// Context is the context of a handler reading a body of type B and
// parameters of type P.
type Context[B, P any] interface {
	context.Context
	Context() context.Context
	Body() (B, error)
	MustBody() B
	PathParam(name string) string
	QueryParam(name string) string
	Header(key string) string
	Request() *http.Request
	Response() http.ResponseWriter
	SetHeader(key, value string)
	SetCookie(cookie http.Cookie)
	SetStatus(code int)
	Redirect(code int, url string) (any, error)
}

// The shortcuts of Context: generic aliases since v0.19 (before, named
// interfaces).
type (
	ContextNoBody            = Context[any, any]
	ContextWithBody[B any]   = Context[B, any]
	ContextWithParams[P any] = Context[any, P]
)

// Get registers a GET route.
func Get[T, B, P any](s *Server, path string, controller func(Context[B, P]) (T, error), options ...func(*BaseRoute)) *Route[T, B, P] {
	return nil
}

// Post registers a POST route.
func Post[T, B, P any](s *Server, path string, controller func(Context[B, P]) (T, error), options ...func(*BaseRoute)) *Route[T, B, P] {
	return nil
}

// Put registers a PUT route.
func Put[T, B, P any](s *Server, path string, controller func(Context[B, P]) (T, error), options ...func(*BaseRoute)) *Route[T, B, P] {
	return nil
}

// Delete registers a DELETE route.
func Delete[T, B, P any](s *Server, path string, controller func(Context[B, P]) (T, error), options ...func(*BaseRoute)) *Route[T, B, P] {
	return nil
}

// ErrorItem is one error of an HTTPError.
type ErrorItem struct {
	Name   string         `json:"name"`
	Reason string         `json:"reason"`
	More   map[string]any `json:"more,omitempty"`
}

// HTTPError is the error response used by the serialization part of the
// framework. Err is the developer's error: never shown to the user.
type HTTPError struct {
	Err      error       `json:"-" xml:"-"`
	Type     string      `json:"type,omitempty"`
	Title    string      `json:"title,omitempty"`
	Status   int         `json:"status,omitempty"`
	Detail   string      `json:"detail,omitempty"`
	Instance string      `json:"instance,omitempty"`
	Errors   []ErrorItem `json:"errors,omitempty"`
}

func (e HTTPError) Error() string { return e.Title }

// StatusCode returns the status code of the error.
func (e HTTPError) StatusCode() int { return e.Status }

// BadRequestError is an error used to return a 400 status code.
type BadRequestError HTTPError

func (e BadRequestError) Error() string { return e.Title }

// UnauthorizedError is an error used to return a 401 status code.
type UnauthorizedError HTTPError

func (e UnauthorizedError) Error() string { return e.Title }

// ForbiddenError is an error used to return a 403 status code.
type ForbiddenError HTTPError

func (e ForbiddenError) Error() string { return e.Title }

// NotFoundError is an error used to return a 404 status code.
type NotFoundError HTTPError

func (e NotFoundError) Error() string { return e.Title }

// ConflictError is an error used to return a 409 status code.
type ConflictError HTTPError

func (e ConflictError) Error() string { return e.Title }

// NotAcceptableError is an error used to return a 406 status code.
type NotAcceptableError HTTPError

func (e NotAcceptableError) Error() string { return e.Title }

// InternalServerError is an error used to return a 500 status code.
type InternalServerError HTTPError

func (e InternalServerError) Error() string { return e.Title }
