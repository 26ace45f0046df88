// Package errors is a test stub of github.com/graph-gophers/graphql-go/errors.
package errors

import "fmt"

// QueryError is a GraphQL error; Message is sent to the client.
type QueryError struct {
	Err           error          `json:"-"`
	Message       string         `json:"message"`
	Path          []any          `json:"path,omitempty"`
	ResolverError error          `json:"-"`
	Extensions    map[string]any `json:"extensions,omitempty"`
}

func (err *QueryError) Error() string { return err.Message }

// Errorf formats the message (and wraps a last argument that is an error).
func Errorf(format string, a ...any) *QueryError {
	return &QueryError{Message: fmt.Sprintf(format, a...)}
}
