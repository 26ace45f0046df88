// Package echo is a test stub of github.com/labstack/echo/v5 (v5.4): the
// *Context response methods, HTTPError and NewHTTPError, with the real
// signatures and no behaviour. Unlike v4, Context is a struct.
package echo

import (
	"io"
	"log/slog"
	"net/http"
)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c *Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(c *Context, err error)

// RouteInfo describes a registered route.
type RouteInfo struct{ Method, Path, Name string }

// Echo is the top-level framework instance.
type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
}

// New creates an instance of Echo, with DefaultHTTPErrorHandler(false).
func New() *Echo { return &Echo{HTTPErrorHandler: DefaultHTTPErrorHandler(false)} }

// GET registers a new GET route.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// POST registers a new POST route.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// Group creates a new router group with prefix and optional group-level middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }

// Group is a set of sub-routes for a specified route.
type Group struct{}

// GET implements `Echo#GET()` for sub-routes within the Group.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// POST implements `Echo#POST()` for sub-routes within the Group.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// Config is configuration for NewWithConfig function.
type Config struct {
	// HTTPErrorHandler is the centralized error handler that processes errors returned
	// by handlers and middleware.
	HTTPErrorHandler HTTPErrorHandler
}

// NewWithConfig creates an instance of Echo with given configuration.
func NewWithConfig(config Config) *Echo { return &Echo{HTTPErrorHandler: config.HTTPErrorHandler} }

// Start starts an HTTP server.
func (e *Echo) Start(address string) error { return nil }

// DefaultHTTPErrorHandler sends {"message": he.Message} for an *HTTPError,
// the status text otherwise; with exposeError, the wrapped error's text too.
func DefaultHTTPErrorHandler(exposeError bool) HTTPErrorHandler { return func(*Context, error) {} }

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	// Code is status code for HTTP response
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

// NewHTTPError creates a new instance of HTTPError.
func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{Code: code, Message: message}
}

// StatusCode returns status code for HTTP response.
func (he *HTTPError) StatusCode() int { return he.Code }

// Error makes it compatible with the `error` interface.
func (he *HTTPError) Error() string { return he.Message }

// Wrap returns a new HTTPError with given errors wrapped inside.
func (he HTTPError) Wrap(err error) error {
	return &HTTPError{Code: he.Code, Message: he.Message, err: err}
}

// Unwrap returns the wrapped error.
func (he *HTTPError) Unwrap() error { return he.err }

type httpError struct{ code int }

func (he httpError) StatusCode() int { return he.code }
func (he httpError) Error() string   { return http.StatusText(he.code) }

// Errors returned by the framework.
var (
	ErrBadRequest   = &httpError{http.StatusBadRequest}
	ErrUnauthorized = &httpError{http.StatusUnauthorized}
)

// Context represents the context of the current HTTP request.
type Context struct{}

// Request data.

func (c *Context) Request() *http.Request              { return nil }
func (c *Context) Response() http.ResponseWriter       { return nil }
func (c *Context) Param(name string) string            { return "" }
func (c *Context) QueryParam(name string) string       { return "" }
func (c *Context) FormValue(name string) string        { return "" }
func (c *Context) Bind(i any) error                    { return nil }
func (c *Context) Logger() *slog.Logger                { return slog.Default() }
func (c *Context) SetCookie(cookie *http.Cookie)       {}
func (c *Context) NoContent(code int) error            { return nil }
func (c *Context) Redirect(code int, url string) error { return nil }

// Response bodies.

func (c *Context) Render(code int, name string, data any) (err error)           { return nil }
func (c *Context) HTML(code int, html string) (err error)                       { return nil }
func (c *Context) HTMLBlob(code int, b []byte) (err error)                      { return nil }
func (c *Context) String(code int, s string) (err error)                        { return nil }
func (c *Context) JSON(code int, i any) (err error)                             { return nil }
func (c *Context) JSONPretty(code int, i any, indent string) (err error)        { return nil }
func (c *Context) JSONBlob(code int, b []byte) (err error)                      { return nil }
func (c *Context) JSONP(code int, callback string, i any) (err error)           { return nil }
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error)    { return nil }
func (c *Context) XML(code int, i any) (err error)                              { return nil }
func (c *Context) XMLPretty(code int, i any, indent string) (err error)         { return nil }
func (c *Context) XMLBlob(code int, b []byte) (err error)                       { return nil }
func (c *Context) Blob(code int, contentType string, b []byte) (err error)      { return nil }
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) { return nil }
