// Package lambda is a test stub of github.com/aws/aws-lambda-go/lambda
// (v1.55.1): Start and StartWithOptions, with the real signatures and no
// behaviour.
package lambda

import "context"

// Option configures a handler.
type Option func(*handlerOptions)

type handlerOptions struct{ ctx context.Context }

// WithContext sets the base context of every invocation.
func WithContext(ctx context.Context) Option { return func(o *handlerOptions) { o.ctx = ctx } }

// Start takes a handler and talks to an internal Lambda endpoint to pass requests to the handler.
func Start(handler interface{}) {}

// StartWithOptions is Start with options.
func StartWithOptions(handler interface{}, options ...Option) {}
