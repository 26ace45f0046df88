// Package graphql is a test stub of github.com/99designs/gqlgen/graphql
// (v0.17.98): the error presenter and AddError, with the real signatures.
// Every error a resolver returns goes through the server's error
// presenter; the default one sends err.Error() as errors[].message.
package graphql

import (
	"context"
	"errors"
	"fmt"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ExecutableSchema is what the generated NewExecutableSchema returns.
type ExecutableSchema interface {
	Exec(ctx context.Context) ResponseHandler
}

// ResponseHandler stands for the real type.
type ResponseHandler func(ctx context.Context) *Response

// Response is a GraphQL response.
type Response struct {
	Errors gqlerror.List `json:"errors,omitempty"`
}

// ErrorPresenterFunc turns a resolver's error into what the client gets.
type ErrorPresenterFunc func(ctx context.Context, err error) *gqlerror.Error

// DefaultErrorPresenter sends err.Error() (or err itself, a *gqlerror.Error).
func DefaultErrorPresenter(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) {
		return gqlErr
	}
	return gqlerror.WrapPath(nil, err)
}

// ErrorOnPath wraps err with the current path.
func ErrorOnPath(ctx context.Context, err error) error { return gqlerror.WrapPath(nil, err) }

// AddErrorf writes a formatted error to the client, first passing it
// through the error presenter.
func AddErrorf(ctx context.Context, format string, args ...any) {
	AddError(ctx, fmt.Errorf(format, args...))
}

// AddError sends an error to the client, first passing it through the
// error presenter.
func AddError(ctx context.Context, err error) {}
