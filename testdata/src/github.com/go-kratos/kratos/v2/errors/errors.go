// Package errors is a test stub of github.com/go-kratos/kratos/v2/errors
// (v2.8): Error, its constructors and the status helpers, with the real
// signatures and no behaviour.
package errors

import "fmt"

// Status is the error status (a generated message in kratos).
type Status struct {
	Code     int32
	Reason   string
	Message  string
	Metadata map[string]string
}

// Error is a status error.
type Error struct {
	Status
	cause error
}

func (e *Error) Error() string {
	return fmt.Sprintf("error: code = %d reason = %s", e.Code, e.Reason)
}

// WithCause with the underlying cause of the error.
func (e *Error) WithCause(cause error) *Error { return e }

// WithMetadata with an MD formed by the mapping of key, value.
func (e *Error) WithMetadata(md map[string]string) *Error { return e }

// New returns an error object for the code, message.
func New(code int, reason, message string) *Error {
	return &Error{Status: Status{Code: int32(code), Reason: reason, Message: message}}
}

// Newf New(code fmt.Sprintf(format, a...)).
func Newf(code int, reason, format string, a ...interface{}) *Error {
	return New(code, reason, fmt.Sprintf(format, a...))
}

// Errorf returns an error object for the code, message and error info.
func Errorf(code int, reason, format string, a ...interface{}) error {
	return New(code, reason, fmt.Sprintf(format, a...))
}

// BadRequest new BadRequest error that is mapped to a 400 response.
func BadRequest(reason, message string) *Error { return New(400, reason, message) }

// Unauthorized new Unauthorized error that is mapped to a 401 response.
func Unauthorized(reason, message string) *Error { return New(401, reason, message) }

// Forbidden new Forbidden error that is mapped to a 403 response.
func Forbidden(reason, message string) *Error { return New(403, reason, message) }

// NotFound new NotFound error that is mapped to a 404 response.
func NotFound(reason, message string) *Error { return New(404, reason, message) }

// Conflict new Conflict error that is mapped to a 409 response.
func Conflict(reason, message string) *Error { return New(409, reason, message) }

// InternalServer new InternalServer error that is mapped to a 500 response.
func InternalServer(reason, message string) *Error { return New(500, reason, message) }

// ServiceUnavailable new ServiceUnavailable error that is mapped to an
// HTTP 503 response.
func ServiceUnavailable(reason, message string) *Error { return New(503, reason, message) }

// GatewayTimeout new GatewayTimeout error that is mapped to an HTTP 504
// response.
func GatewayTimeout(reason, message string) *Error { return New(504, reason, message) }
