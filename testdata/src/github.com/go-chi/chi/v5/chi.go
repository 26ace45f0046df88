// Package chi is a test stub of github.com/go-chi/chi/v5 (v5.5.0): a
// router of plain net/http handlers.
package chi

import "net/http"

// Mux is a simple HTTP route multiplexer.
type Mux struct{}

// NewRouter returns a new Mux object that implements the Router interface.
func NewRouter() *Mux { return &Mux{} }

// ServeHTTP is the single method of the http.Handler interface.
func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Get adds the route `pattern` that matches a GET http method.
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc) {}

// Post adds the route `pattern` that matches a POST http method.
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { return "" }
