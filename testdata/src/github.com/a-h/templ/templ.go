// Package templ is a stub of github.com/a-h/templ v0.3: the signatures
// the check matches, copied from the module.
package templ

import (
	"context"
	"io"
	"net/http"
)

// Component is the interface that all templates implement.
type Component interface {
	// Render the template.
	Render(ctx context.Context, w io.Writer) error
}

// ComponentFunc converts a function that matches the Component interface's
// Render method into a Component.
type ComponentFunc func(ctx context.Context, w io.Writer) error

// Render the template.
func (cf ComponentFunc) Render(ctx context.Context, w io.Writer) error {
	return cf(ctx, w)
}

// NopComponent is a component that doesn't render anything.
var NopComponent = ComponentFunc(func(ctx context.Context, w io.Writer) error { return nil })

// EscapeString escapes HTML text within templates.
func EscapeString[T ~string](s T) string { return string(s) }

// JoinStringErrs joins an optional list of errors.
func JoinStringErrs(s string, errs ...error) (string, error) { return s, nil }

// ComponentHandler is a http.Handler that renders components.
type ComponentHandler struct {
	Component   Component
	Status      int
	ContentType string
}

// ServeHTTPStreamed renders the component straight to the writer.
func (ch *ComponentHandler) ServeHTTPStreamed(w http.ResponseWriter, r *http.Request) {}

// ServeHTTP implements the http.Handler interface.
func (ch ComponentHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// WithStatus sets the HTTP status code returned by the ComponentHandler.
func WithStatus(status int) func(*ComponentHandler) {
	return func(ch *ComponentHandler) { ch.Status = status }
}

// Handler creates a http.Handler that renders the template.
func Handler(c Component, options ...func(*ComponentHandler)) *ComponentHandler {
	ch := &ComponentHandler{Component: c, Status: http.StatusOK}
	for _, o := range options {
		o(ch)
	}
	return ch
}
