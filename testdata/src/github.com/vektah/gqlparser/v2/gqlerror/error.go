// Package gqlerror is a test stub of github.com/vektah/gqlparser/v2/gqlerror
// (v2.5.64): the Error type and its constructors, with the real
// signatures (ast.Path and ast.Position are declared here). Message is
// sent to the client as errors[].message.
package gqlerror

import "fmt"

// Path stands for ast.Path.
type Path []any

// Error is the GraphQL error a server sends.
type Error struct {
	Err        error          `json:"-"`
	Message    string         `json:"message"`
	Path       Path           `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
	Rule       string         `json:"-"`
}

// List is a list of errors.
type List []*Error

func (err *Error) Error() string { return err.Message }
func (err *Error) Unwrap() error { return err.Err }
func (errs List) Error() string  { return "" }

// WrapPath wraps err: the message is err.Error().
func WrapPath(path Path, err error) *Error { return &Error{Err: err, Message: err.Error(), Path: path} }

// Wrap wraps err: the message is err.Error().
func Wrap(err error) *Error { return &Error{Err: err, Message: err.Error()} }

// WrapIfUnwrapped wraps err unless it is an *Error already.
func WrapIfUnwrapped(err error) *Error { return Wrap(err) }

// Errorf formats the message.
func Errorf(message string, args ...any) *Error {
	return &Error{Message: fmt.Sprintf(message, args...)}
}

// ErrorPathf formats the message, with a path.
func ErrorPathf(path Path, message string, args ...any) *Error {
	return &Error{Message: fmt.Sprintf(message, args...), Path: path}
}
