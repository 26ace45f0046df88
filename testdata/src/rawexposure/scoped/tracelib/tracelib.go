// Package tracelib is a tracing middleware with no SurePassID in it: it
// reads a request-scoped value and writes it to a response header. A
// package like it (a dependency) is summarized for its sinks only, and
// reading a scoped value there must not break the check. Not reported.
package tracelib

import (
	"context"
	"net/http"
)

type spanKey struct{}

// WithSpan stores the span name under the package's key.
func WithSpan(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, spanKey{}, name)
}

// Middleware echoes the span name of the request's context.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if name, ok := r.Context().Value(spanKey{}).(string); ok {
			w.Header().Set("X-Span", name)
		}
		next.ServeHTTP(w, r)
	})
}
