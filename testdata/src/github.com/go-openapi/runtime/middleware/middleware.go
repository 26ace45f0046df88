// Package middleware is a test stub of github.com/go-openapi/runtime/middleware
// (v0.28): the responder contract a go-swagger server's handlers return, with
// the real signatures and no behaviour.
package middleware

import (
	"net/http"

	"github.com/go-openapi/runtime"
)

// Responder is an interface for types to implement when they want to be
// used as responses.
type Responder interface {
	WriteResponse(http.ResponseWriter, runtime.Producer)
}

// ResponderFunc wraps a func as a Responder interface.
type ResponderFunc func(http.ResponseWriter, runtime.Producer)

// WriteResponse writes to the response.
func (fn ResponderFunc) WriteResponse(rw http.ResponseWriter, pr runtime.Producer) { fn(rw, pr) }

type errorResp struct {
	code     int
	response interface{}
	headers  http.Header
}

func (e *errorResp) WriteResponse(rw http.ResponseWriter, producer runtime.Producer) {}

// Error creates a generic responder for returning errors, the data will be
// serialized with the matching producer for the request.
func Error(code int, data interface{}, headers ...http.Header) Responder {
	return &errorResp{code: code, response: data}
}

// NotImplemented the error response when the response is not implemented.
func NotImplemented(message string) Responder { return nil }

// NotImplementedError is the error response when a handler is missing.
func NotImplementedError(message string) Responder { return nil }
