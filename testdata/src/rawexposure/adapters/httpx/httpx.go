// Package httpx is a module's shared HTTP helpers, with no SurePassID
// evidence of its own: handler types that return errors, and the adapters
// that turn them into http.Handlers.
package httpx

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
)

// HandlerFunc is a handler that returns its error; ServeHTTP writes the
// error's text as the JSON body.
type HandlerFunc func(http.ResponseWriter, *http.Request) error

// ServeHTTP calls f and writes the text of the error it returns.
func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:"param recv reaches the HTTP response via httpx.writeJSON"
	if err := f(w, r); err != nil {
		writeJSON(w, statusOf(err), map[string]string{"error": err.Error()})
	}
}

// SafeFunc is a handler whose errors are logged; the client reads a fixed
// text.
type SafeFunc func(http.ResponseWriter, *http.Request) error

// ServeHTTP calls f, logs its error and writes a fixed text.
func (f SafeFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := f(w, r); err != nil {
		log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "request failed"})
	}
}

// PublicError is an error whose message is meant for the client.
type PublicError struct {
	Status  int
	Message string
}

func (e *PublicError) Error() string { return e.Message }

// PublicFunc is a handler whose errors are shown only when they are
// *PublicError.
type PublicFunc func(http.ResponseWriter, *http.Request) error

// ServeHTTP calls f and writes a *PublicError's message, a fixed text for
// any other error.
func (f PublicFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	err := f(w, r)
	if err == nil {
		return
	}
	var pe *PublicError
	if errors.As(err, &pe) {
		writeJSON(w, pe.Status, map[string]string{"error": pe.Message})
		return
	}
	log.Printf("%s: %v", r.URL.Path, err)
	writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "request failed"})
}

// Wrap adapts a plain function the way HandlerFunc does.
func Wrap(h func(http.ResponseWriter, *http.Request) error) http.Handler { // want Wrap:"param 0 reaches the HTTP response via http.Error"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), statusOf(err))
		}
	})
}

// Router registers HandlerFuncs on a ServeMux.
type Router struct {
	mux *http.ServeMux
}

// NewRouter returns a Router on a new ServeMux.
func NewRouter() *Router { return &Router{mux: http.NewServeMux()} }

// Handle registers h for pattern.
func (rt *Router) Handle(pattern string, h HandlerFunc) { rt.mux.Handle(pattern, h) }

// HandleFunc registers the function h for pattern, as a HandlerFunc.
func (rt *Router) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request) error) { // want HandleFunc:"param 1 reaches the HTTP response via httpx.HandlerFunc"
	rt.mux.Handle(pattern, HandlerFunc(h))
}

// HandleSafe registers h for pattern, as a SafeFunc.
func (rt *Router) HandleSafe(pattern string, h func(http.ResponseWriter, *http.Request) error) {
	rt.mux.Handle(pattern, SafeFunc(h))
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) { rt.mux.ServeHTTP(w, r) }

// Endpoint is a handler that returns its error, with no methods of its
// own: Mux.Handle adapts it in a closure.
type Endpoint func(http.ResponseWriter, *http.Request) error

// Mux registers Endpoints, writing the text of the error one returns.
type Mux struct {
	mux *http.ServeMux
}

// NewMux returns a Mux on a new ServeMux.
func NewMux() *Mux { return &Mux{mux: http.NewServeMux()} }

// Handle registers h for pattern.
func (m *Mux) Handle(pattern string, h Endpoint) { // want Handle:"param 1 reaches the HTTP response via httpx.WriteError"
	m.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		WriteError(w, err)
	}))
}

// HandleLogged registers h for pattern; the client reads a fixed text.
func (m *Mux) HandleLogged(pattern string, h Endpoint) {
	m.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			log.Printf("%s: %v", pattern, err)
			writeJSON(w, statusOf(err), map[string]string{"error": http.StatusText(statusOf(err))})
		}
	})
}

func (m *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.mux.ServeHTTP(w, r) }

// WriteError writes err's text as the JSON body, with its status.
func WriteError(w http.ResponseWriter, err error) { // want WriteError:"param 1 reaches the HTTP response via httpx.writeJSON"
	writeJSON(w, statusOf(err), map[string]string{"error": err.Error()})
}

// statusError carries the HTTP status a handler chose for an error.
type statusError struct {
	status int
	err    error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

// WithStatus attaches status to err; nil stays nil.
func WithStatus(status int, err error) error { // want WithStatus:"result 0 from params 1"
	if err == nil {
		return nil
	}
	return &statusError{status: status, err: err}
}

// Errorf is fmt.Errorf with a status.
func Errorf(status int, format string, args ...any) error { // want Errorf:"result 0 from params 1,2"
	return &statusError{status: status, err: fmt.Errorf(format, args...)}
}

func statusOf(err error) int {
	var pe *PublicError
	if errors.As(err, &pe) {
		return pe.Status
	}
	var se *statusError
	if errors.As(err, &se) {
		return se.status
	}
	return http.StatusInternalServerError
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
