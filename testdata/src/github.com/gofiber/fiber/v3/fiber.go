// Package fiber is a test stub of github.com/gofiber/fiber/v3 (v3.1): the Ctx
// interface's response methods, Redirect, Error, NewError and NewErrorf,
// with the real signatures and no behaviour.
package fiber

import (
	"context"
	"io"
)

// Map is a shortcut for map[string]any, useful for JSON returns.
type Map map[string]any

// Handler defines a function to serve HTTP requests.
type Handler = func(Ctx) error

// ErrorHandler defines a function that will process all errors returned
// from any handlers in the stack.
type ErrorHandler = func(Ctx, error) error

// Config is a struct holding the server settings.
type Config struct {
	ErrorHandler ErrorHandler
}

// Router defines all router handle interface.
type Router interface {
	Get(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
}

// App denotes the Fiber application.
type App struct{}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

// Get registers a route for GET methods.
func (app *App) Get(path string, handler any, handlers ...any) Router { return app }

// Post registers a route for POST methods.
func (app *App) Post(path string, handler any, handlers ...any) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router
// with optional middleware.
func (app *App) Group(prefix string, handlers ...any) Router { return app }

// Use registers a middleware route that will match requests with the
// provided prefix (which is optional and defaults to "/").
func (app *App) Use(args ...any) Router { return app }

// Listen serves HTTP requests from the given addr.
func (app *App) Listen(addr string) error { return nil }

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// NewErrorf creates a new Error instance with an optional message,
// formatted like fmt.Sprintf when given a format and arguments.
func NewErrorf(code int, message ...any) *Error { return &Error{Code: code} }

// DefaultErrorHandler sends err.Error() as text/plain, with e.Code as the
// status when err is an *Error and 500 otherwise.
func DefaultErrorHandler(c Ctx, err error) error { return c.SendString(err.Error()) }

// HTTP status codes.
const (
	StatusOK                  = 200
	StatusNoContent           = 204
	StatusSeeOther            = 303
	StatusBadRequest          = 400
	StatusUnauthorized        = 401
	StatusForbidden           = 403
	StatusInternalServerError = 500
	StatusBadGateway          = 502
)

// Cookie data for c.Cookie.
type Cookie struct {
	Name     string `json:"name"`
	Value    string `json:"value"`
	Path     string `json:"path"`
	MaxAge   int    `json:"max_age"`
	Secure   bool   `json:"secure"`
	HTTPOnly bool   `json:"http_only"`
}

// Redirect is a struct that holds the redirect data.
type Redirect struct{}

// Status sets the status code of redirection.
func (r *Redirect) Status(code int) *Redirect { return r }

// With adds a flash message, sent to the next request in a cookie.
func (r *Redirect) With(key, value string, level ...uint8) *Redirect { return r }

// To redirects to the given location.
func (r *Redirect) To(location string) error { return nil }

// Back redirects to the Referer, or to fallback.
func (r *Redirect) Back(fallback ...string) error { return nil }

// Bind is the binding API.
type Bind struct{}

// Body binds the request body into out.
func (b *Bind) Body(out any) error { return nil }

// JSON binds the JSON request body into out.
func (b *Bind) JSON(out any) error { return nil }

// Ctx represents the Context which hold the HTTP request and response.
type Ctx interface {
	Context() context.Context
	Params(key string, defaultValue ...string) string
	Query(key string, defaultValue ...string) string
	FormValue(key string, defaultValue ...string) string
	Get(key string, defaultValue ...string) string
	Bind() *Bind
	Locals(key any, value ...any) any
	Next() error

	Status(status int) Ctx
	SendStatus(status int) error
	Set(key, val string)
	Append(field string, values ...string)
	Cookie(cookie *Cookie)
	Redirect() *Redirect

	Send(body []byte) error
	SendString(body string) error
	SendStream(stream io.Reader, size ...int) error
	JSON(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	CBOR(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	AutoFormat(body any) error
	Render(name string, bind any, layouts ...string) error
	Write(p []byte) (int, error)
	WriteString(s string) (int, error)
	Writef(f string, a ...any) (int, error)
	Location(path string)
	ViewBind(vars Map) error

	Res() Res
}

// Res is the response half of Ctx (c.Res()), with the same response
// methods.
type Res interface {
	Status(status int) Ctx
	Set(key, val string)
	Append(field string, values ...string)
	Cookie(cookie *Cookie)
	Location(path string)
	Redirect() *Redirect
	ViewBind(vars Map) error

	Send(body []byte) error
	SendString(body string) error
	SendStream(stream io.Reader, size ...int) error
	JSON(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	CBOR(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	AutoFormat(body any) error
	Render(name string, bind any, layouts ...string) error
	Write(p []byte) (int, error)
	WriteString(s string) (int, error)
	Writef(f string, a ...any) (int, error)
}
