// Package echo is a test stub of github.com/labstack/echo/v4 (v4.16): the
// Context interface's response methods, HTTPError and NewHTTPError, with the
// real signatures and no behaviour.
package echo

import (
	"io"
	"net/http"
)

// Map defines a generic map of type `map[string]any`.
type Map map[string]any

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(err error, c Context)

// Route contains a handler and information for matching against requests.
type Route struct{ Method, Path, Name string }

// Echo is the top-level framework instance.
type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
	Debug            bool
}

// New creates an instance of Echo.
func New() (e *Echo) { return &Echo{} }

// GET registers a new GET route.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

// POST registers a new POST route.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

// Group creates a new router group with prefix and optional group-level middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }

// Use adds middleware to the chain which is run after router.
func (e *Echo) Use(middleware ...MiddlewareFunc) {}

// Group is a set of sub-routes for a specified route.
type Group struct{}

// GET implements `Echo#GET()` for sub-routes within the Group.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

// POST implements `Echo#POST()` for sub-routes within the Group.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

// Start starts an HTTP server.
func (e *Echo) Start(address string) error { return nil }

// DefaultHTTPErrorHandler sends {"message": he.Message} for an *HTTPError
// (and, with Debug, err.Error() too), "Internal Server Error" otherwise.
func (e *Echo) DefaultHTTPErrorHandler(err error, c Context) {}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error `json:"-"` // Stores the error returned by an external dependency
	Message  any   `json:"message"`
	Code     int   `json:"-"`
}

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...any) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

// Error makes it compatible with `error` interface.
func (he *HTTPError) Error() string { return "" }

// SetInternal sets error to HTTPError.Internal.
func (he *HTTPError) SetInternal(err error) *HTTPError { he.Internal = err; return he }

// WithInternal returns clone of HTTPError with err set to HTTPError.Internal field.
func (he *HTTPError) WithInternal(err error) *HTTPError { c := *he; c.Internal = err; return &c }

// Unwrap satisfies the Go 1.13 error wrapper interface.
func (he *HTTPError) Unwrap() error { return he.Internal }

// Errors returned by the framework.
var (
	ErrUnauthorized = NewHTTPError(http.StatusUnauthorized)
	ErrBadRequest   = NewHTTPError(http.StatusBadRequest)
)

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// Header returns the header map for the writer that will be sent by WriteHeader.
func (r *Response) Header() http.Header { return r.Writer.Header() }

// Write writes the data to the connection as part of an HTTP reply.
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }

// WriteHeader sends an HTTP response header with status code.
func (r *Response) WriteHeader(code int) {}

// Logger defines the logging interface.
type Logger interface {
	Print(i ...any)
	Printf(format string, args ...any)
	Error(i ...any)
	Errorf(format string, args ...any)
}

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	QueryParam(name string) string
	FormValue(name string) string
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Logger() Logger
	Echo() *Echo
}
