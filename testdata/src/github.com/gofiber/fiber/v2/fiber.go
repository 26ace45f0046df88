// Package fiber is a test stub of github.com/gofiber/fiber/v2 (v2.52): the
// *Ctx methods that write the response, Error and NewError, with the real
// signatures and no behaviour.
package fiber

import (
	"context"
	"io"
)

// Map is a shortcut for map[string]any, useful for JSON returns.
type Map map[string]any

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// ErrorHandler defines a function that will process all errors returned
// from any handlers in the stack.
type ErrorHandler = func(*Ctx, error) error

// Config is a struct holding the server settings.
type Config struct {
	ErrorHandler ErrorHandler
}

// Router defines all router handle interface.
type Router interface {
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

// App denotes the Fiber application.
type App struct{}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

// Get registers a route for GET methods.
func (app *App) Get(path string, handlers ...Handler) Router { return app }

// Post registers a route for POST methods.
func (app *App) Post(path string, handlers ...Handler) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router
// with optional middleware.
func (app *App) Group(prefix string, handlers ...Handler) Router { return app }

// Use registers a middleware route that will match requests with the
// provided prefix (which is optional and defaults to "/").
func (app *App) Use(args ...any) Router { return app }

// Listen serves HTTP requests from the given addr.
func (app *App) Listen(addr string) error { return nil }

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
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

// DefaultErrorHandler sends err.Error() as text/plain, with e.Code as the
// status when err is an *Error and 500 otherwise.
func DefaultErrorHandler(c *Ctx, err error) error { return c.SendString(err.Error()) }

// Errors returned by the framework.
var (
	ErrUnauthorized = NewError(StatusUnauthorized)
	ErrBadRequest   = NewError(StatusBadRequest)
	ErrBadGateway   = NewError(StatusBadGateway)
)

// HTTP status codes.
const (
	StatusOK                  = 200
	StatusFound               = 302
	StatusSeeOther            = 303
	StatusNoContent           = 204
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
	Domain   string `json:"domain"`
	MaxAge   int    `json:"max_age"`
	Secure   bool   `json:"secure"`
	HTTPOnly bool   `json:"http_only"`
}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct{}

// Request data.

func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) FormValue(key string, defaultValue ...string) string {
	return ""
}
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }
func (c *Ctx) BodyParser(out any) error                      { return nil }
func (c *Ctx) Locals(key any, value ...any) any              { return nil }
func (c *Ctx) UserContext() context.Context                  { return context.Background() }
func (c *Ctx) Next() error                                   { return nil }

// Response status, headers and cookies.

func (c *Ctx) Status(status int) *Ctx                { return c }
func (c *Ctx) SendStatus(status int) error           { return nil }
func (c *Ctx) Set(key, val string)                   {}
func (c *Ctx) Append(field string, values ...string) {}
func (c *Ctx) Cookie(cookie *Cookie)                 {}
func (c *Ctx) Location(path string)                  {}
func (c *Ctx) Redirect(location string, status ...int) error {
	return nil
}

// Response bodies.

func (c *Ctx) Send(body []byte) error                         { return nil }
func (c *Ctx) SendString(body string) error                   { return nil }
func (c *Ctx) SendStream(stream io.Reader, size ...int) error { return nil }
func (c *Ctx) JSON(data any, ctype ...string) error           { return nil }
func (c *Ctx) JSONP(data any, callback ...string) error       { return nil }
func (c *Ctx) XML(data any) error                             { return nil }
func (c *Ctx) Format(body any) error                          { return nil }
func (c *Ctx) Render(name string, bind any, layouts ...string) error {
	return nil
}

// Bind adds vars to the default view var map binding to the template engine.
func (c *Ctx) Bind(vars Map) error                    { return nil }
func (c *Ctx) Write(p []byte) (int, error)            { return len(p), nil }
func (c *Ctx) WriteString(s string) (int, error)      { return len(s), nil }
func (c *Ctx) Writef(f string, a ...any) (int, error) { return 0, nil }
