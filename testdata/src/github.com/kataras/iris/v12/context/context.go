// Package context is a test stub of github.com/kataras/iris/v12/context
// (v12.2.11): the *Context methods that write the response and Problem,
// with the real signatures and no behaviour but one: Writef, Text, HTML and
// StopWithText format with fmt, so go vet checks their calls as printf
// calls.
package context

import (
	"fmt"
	"io"
	"net/http"
	"time"
)

// Map is just a type alias of the map[string]interface{} type.
type Map = map[string]interface{}

// Handler responds to an HTTP request.
type Handler = func(*Context)

// JSON contains the options for the JSON (Context's) Renderer.
type JSON struct{ Indent string }

// JSONP contains the options for the JSONP (Context's) Renderer.
type JSONP struct{ Callback string }

// XML contains the options for the XML (Context's) Renderer.
type XML struct{ Indent string }

// Markdown contains the options for the Markdown (Context's) Renderer.
type Markdown struct{ Sanitize bool }

// ProblemOptions the optional settings when server replies with a Problem.
type ProblemOptions struct{ JSON JSON }

// CookieOption is the type of function that is accepted on context's
// methods like `SetCookieKV`, `RemoveCookie` and `SetCookie`.
type CookieOption func(ctx *Context, c *http.Cookie, op uint8)

// Problem Details for HTTP APIs.
type Problem map[string]interface{}

// NewProblem returns a new Problem.
func NewProblem() Problem { return Problem{} }

// Key sets a custom key-value pair.
func (p Problem) Key(key string, value interface{}) Problem { return p }

// Type URI SHOULD resolve to HTML.
func (p Problem) Type(uri string) Problem { return p }

// Title sets the problem's title field.
func (p Problem) Title(title string) Problem { return p }

// Status sets HTTP error code for problem's status field.
func (p Problem) Status(statusCode int) Problem { return p }

// Detail sets the problem's detail field.
func (p Problem) Detail(detail string) Problem { return p }

// DetailErr calls `Detail(err.Error())`.
func (p Problem) DetailErr(err error) Problem { return p }

// Context is the midle-man server's "object" dealing with incoming requests.
type Context struct{}

// Request returns the original *http.Request.
func (ctx *Context) Request() *http.Request { return nil }

// URLParam returns the parameter from the request's URL query string.
func (ctx *Context) URLParam(name string) string { return "" }

// FormValue returns a single parsed form value by its "name".
func (ctx *Context) FormValue(name string) string { return "" }

// StatusCode sets the status code header to the response.
func (ctx *Context) StatusCode(statusCode int) {}

// StopWithStatus stops the handlers chain and writes the "statusCode".
func (ctx *Context) StopWithStatus(statusCode int) {}

// StopWithText stops the handlers chain and writes the "statusCode" among
// with a fmt-style text of "format" and optional arguments.
func (ctx *Context) StopWithText(statusCode int, format string, args ...interface{}) {
	_ = fmt.Sprintf(format, args...)
}

// StopWithError stops the handlers chain and writes the "statusCode" among
// with the error "err".
func (ctx *Context) StopWithError(statusCode int, err error) {}

// StopWithPlainError like `StopWithError` but it does NOT write anything
// to the response writer.
func (ctx *Context) StopWithPlainError(statusCode int, err error) {}

// StopWithJSON stops the handlers chain, writes the status code and sends
// a JSON response.
func (ctx *Context) StopWithJSON(statusCode int, jsonObject interface{}) error { return nil }

// StopWithProblem stops the handlers chain, writes the status code and
// sends an application/problem+json response.
func (ctx *Context) StopWithProblem(statusCode int, problem Problem) error { return nil }

// SetErr is just a helper that sets an error value as a context value.
func (ctx *Context) SetErr(err error) {}

// SetErrPrivate sets an error that it's only accessible through `GetErr`.
func (ctx *Context) SetErrPrivate(err error) {}

// Header adds a header to the response writer.
func (ctx *Context) Header(name string, value string) {}

// Redirect sends a redirect response to the client of a specific url or
// relative path.
func (ctx *Context) Redirect(urlToRedirect string, statusHeader ...int) {}

// Write writes the data to the connection as part of an HTTP reply.
func (ctx *Context) Write(rawBody []byte) (int, error) { return 0, nil }

// Writef formats according to a format specifier and writes to the response.
func (ctx *Context) Writef(format string, a ...interface{}) (n int, err error) {
	return len(fmt.Sprintf(format, a...)), nil
}

// WriteString writes a simple string to the response.
func (ctx *Context) WriteString(body string) (n int, err error) { return 0, nil }

// WriteWithExpiration works like `Write` but it will check if a resource
// is modified.
func (ctx *Context) WriteWithExpiration(body []byte, modtime time.Time) (int, error) {
	return 0, nil
}

// ViewData saves one or more key-value pair in order to be passed if and
// when .View is being called afterwards.
func (ctx *Context) ViewData(key string, value interface{}) {}

// View renders a template based on the registered view engine(s).
func (ctx *Context) View(filename string, optionalViewModel ...interface{}) error { return nil }

// Binary writes out the raw bytes as binary data.
func (ctx *Context) Binary(data []byte) (int, error) { return 0, nil }

// Text writes out a string as plain text.
func (ctx *Context) Text(format string, args ...interface{}) (int, error) {
	return len(fmt.Sprintf(format, args...)), nil
}

// HTML writes out a string as text/html.
func (ctx *Context) HTML(format string, args ...interface{}) (int, error) {
	return len(fmt.Sprintf(format, args...)), nil
}

// Render writes the response headers and calls the given renderer "r" to
// render data.
func (ctx *Context) Render(statusCode int, r interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}) {
}

// JSON marshals the given "v" value to JSON and writes the response to the
// client.
func (ctx *Context) JSON(v interface{}, opts ...JSON) (err error) { return nil }

// JSONP marshals the given "v" value to JSON and sends the response to the
// client.
func (ctx *Context) JSONP(v interface{}, opts ...JSONP) (err error) { return nil }

// XML marshals the given interface object and writes the XML response to
// the client.
func (ctx *Context) XML(v interface{}, opts ...XML) (err error) { return nil }

// Problem writes a JSON or XML problem response.
func (ctx *Context) Problem(v interface{}, opts ...ProblemOptions) error { return nil }

// Markdown parses the markdown to html and writes these contents to the
// client.
func (ctx *Context) Markdown(markdownB []byte, opts ...Markdown) (err error) { return nil }

// YAML marshals the given "v" value using the yaml marshaler and writes
// the result to the client.
func (ctx *Context) YAML(v interface{}) error { return nil }

// TextYAML calls the Context.YAML method but with the text/yaml content
// type instead.
func (ctx *Context) TextYAML(v interface{}) error { return nil }

// MsgPack writes the given value as MessagePack.
func (ctx *Context) MsgPack(v interface{}) (int, error) { return 0, nil }

// Negotiate used for serving different representations of a resource at
// the same URI.
func (ctx *Context) Negotiate(v interface{}) (int, error) { return 0, nil }

// ServeContent replies to the request using the content in the provided
// ReadSeeker.
func (ctx *Context) ServeContent(content io.ReadSeeker, filename string, modtime time.Time) {}

// SetCookie adds a cookie.
func (ctx *Context) SetCookie(cookie *http.Cookie, options ...CookieOption) {}

// UpsertCookie adds a cookie to the response like `SetCookie` does but it
// will also perform a replacement of the cookie if already set.
func (ctx *Context) UpsertCookie(cookie *http.Cookie, options ...CookieOption) bool { return true }

// SetCookieKV adds a cookie, requires the name(string) and the
// value(string).
func (ctx *Context) SetCookieKV(name, value string, options ...CookieOption) {}
