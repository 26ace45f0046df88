// Package bunrouter is a test stub of github.com/uptrace/bunrouter (v1.0):
// the router, groups, middlewares and JSON, with the real signatures and no
// behaviour. The router drops the error a handler returns
// (ServeHTTP: _ = r.ServeHTTPError(w, req)); a middleware may write it.
package bunrouter

import "net/http"

// Request is the request a handler is given.
type Request struct {
	*http.Request
}

// Param returns the route parameter named name.
func (req Request) Param(name string) string { return "" }

// HandlerFunc is a handler: it may return an error.
type HandlerFunc func(w http.ResponseWriter, req Request) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Option configures a router.
type Option interface{ apply() }

// Use adds middlewares to the router.
func Use(fns ...MiddlewareFunc) Option { return nil }

// WithMiddleware is an alias of Use.
func WithMiddleware(fns ...MiddlewareFunc) Option { return nil }

// Group is a group of routes.
type Group struct{}

// Use returns a new group with the middlewares added.
func (g *Group) Use(middlewares ...MiddlewareFunc) *Group { return g }

// WithMiddleware is an alias of Use.
func (g *Group) WithMiddleware(middleware MiddlewareFunc) *Group { return g }

// GET registers a GET route.
func (g *Group) GET(path string, handler HandlerFunc) {}

// POST registers a POST route.
func (g *Group) POST(path string, handler HandlerFunc) {}

// WithGroup calls fn with a new group under path.
func (g *Group) WithGroup(path string, fn func(g *Group)) {}

// Router is a bunrouter router.
type Router struct {
	Group
}

// New creates a router.
func New(opts ...Option) *Router { return &Router{} }

// ServeHTTP implements http.Handler.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// ServeHTTPError is like ServeHTTP, but it also returns the error returned
// by the matched route handler.
func (r *Router) ServeHTTPError(w http.ResponseWriter, req *http.Request) error { return nil }

// H is a shortcut for map[string]interface{}.
type H map[string]interface{}

// JSON marshals value to JSON and writes it to w.
func JSON(w http.ResponseWriter, value interface{}) error { return nil }
