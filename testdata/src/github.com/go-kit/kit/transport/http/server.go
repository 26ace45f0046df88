// Package http is a test stub of github.com/go-kit/kit/transport/http
// (v0.13.0): the server and its encoders, with the real signatures. A
// Server's default error encoder is DefaultErrorEncoder, which writes
// err.Error() as the body.
package http

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/go-kit/kit/endpoint"
)

// Server wraps an endpoint and implements http.Handler.
type Server struct {
	e            endpoint.Endpoint
	errorEncoder ErrorEncoder
}

// DecodeRequestFunc extracts a request object from an HTTP request.
type DecodeRequestFunc func(context.Context, *http.Request) (request interface{}, err error)

// EncodeResponseFunc encodes the response object to the HTTP response.
type EncodeResponseFunc func(context.Context, http.ResponseWriter, interface{}) error

// ErrorEncoder writes an error to the ResponseWriter.
type ErrorEncoder func(ctx context.Context, err error, w http.ResponseWriter)

// ServerOption sets an optional parameter for servers.
type ServerOption func(*Server)

// NewServer constructs a new server, which implements http.Handler.
func NewServer(
	e endpoint.Endpoint,
	dec DecodeRequestFunc,
	enc EncodeResponseFunc,
	options ...ServerOption,
) *Server {
	s := &Server{e: e, errorEncoder: DefaultErrorEncoder}
	for _, option := range options {
		option(s)
	}
	return s
}

// ServerErrorEncoder is used to encode errors to the http.ResponseWriter.
func ServerErrorEncoder(ee ErrorEncoder) ServerOption {
	return func(s *Server) { s.errorEncoder = ee }
}

// ServeHTTP implements http.Handler.
func (s Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// EncodeJSONResponse is an EncodeResponseFunc that serializes the
// response as a JSON object to the ResponseWriter.
func EncodeJSONResponse(_ context.Context, w http.ResponseWriter, response interface{}) error {
	return json.NewEncoder(w).Encode(response)
}

// DefaultErrorEncoder writes err.Error() as the body, with status 500.
func DefaultErrorEncoder(_ context.Context, err error, w http.ResponseWriter) {
	w.WriteHeader(http.StatusInternalServerError)
	w.Write([]byte(err.Error()))
}
