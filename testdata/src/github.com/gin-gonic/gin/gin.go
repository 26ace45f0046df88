// Package gin is a test stub of github.com/gin-gonic/gin (v1.12): the
// handler types and the *Context methods that write the response, with the
// real signatures and no behaviour but one: String formats with fmt, so
// go vet checks its calls as printf calls (the tests of the fixes run it).
package gin

import (
	"fmt"
	"io"
	"net/http"
)

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// IRoutes defines all router handle interface.
type IRoutes interface {
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
}

// RouterGroup groups routes under a path prefix.
type RouterGroup struct{}

// GET registers a GET handler.
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

// POST registers a POST handler.
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

// Group creates a new router group.
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}

// Engine is the framework's instance.
type Engine struct {
	RouterGroup
}

// New returns a new blank Engine instance.
func New(opts ...OptionFunc) *Engine { return &Engine{} }

// Default returns an Engine with the Logger and Recovery middleware attached.
func Default(opts ...OptionFunc) *Engine { return &Engine{} }

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return engine }

// Run attaches the router to a http.Server and starts listening.
func (engine *Engine) Run(addr ...string) error { return nil }

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg Error) Error() string { return msg.Err.Error() }

// ResponseWriter is gin's http.ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
}

// Negotiate contains all negotiations data.
type Negotiate struct {
	Offered  []string
	HTMLName string
	HTMLData any
	JSONData any
	XMLData  any
	YAMLData any
	Data     any
	TOMLData any
}

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
	Keys    map[any]any
	// Errors is a list of errors attached to all the handlers/middlewares
	// who used this context.
	Errors errorMsgs
}

type errorMsgs []*Error

// ByType returns a readonly copy filtered the byte.
func (a errorMsgs) ByType(typ ErrorType) errorMsgs { return a }

// Last returns the last error in the slice, nil if the slice is empty.
func (a errorMsgs) Last() *Error {
	if len(a) > 0 {
		return a[len(a)-1]
	}
	return nil
}

// Errors returns an array with all the error messages.
func (a errorMsgs) Errors() []string { return nil }

// String returns the errors joined by newlines.
func (a errorMsgs) String() string { return "" }

// JSON returns the errors for encoding.
func (a errorMsgs) JSON() any { return nil }

// Request data.

func (c *Context) Param(key string) string              { return "" }
func (c *Context) Query(key string) (value string)      { return "" }
func (c *Context) PostForm(key string) (value string)   { return "" }
func (c *Context) GetHeader(key string) string          { return "" }
func (c *Context) ShouldBindJSON(obj any) error         { return nil }
func (c *Context) BindJSON(obj any) error               { return nil }
func (c *Context) Set(key any, value any)               {}
func (c *Context) Get(key any) (value any, exists bool) { return nil, false }
func (c *Context) Next()                                {}
func (c *Context) MustGet(key any) any                  { return nil }
func (c *Context) GetString(key any) (s string)         { return "" }
func (c *Context) Value(key any) any                    { return nil }

// Flow control and errors.

func (c *Context) Abort()                                        {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     {}
func (c *Context) AbortWithError(code int, err error) *Error     { return c.Error(err) }
func (c *Context) Error(err error) *Error                        { return &Error{Err: err} }

// Response headers and cookies.

func (c *Context) Status(code int)          {}
func (c *Context) Header(key, value string) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
func (c *Context) SetCookieData(cookie *http.Cookie) {}

// Response bodies.

func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) AsciiJSON(code int, obj any)                    {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) TOML(code int, obj any)                         {}
func (c *Context) ProtoBuf(code int, obj any)                     {}
func (c *Context) BSON(code int, obj any)                         {}
func (c *Context) String(code int, format string, values ...any)  { _ = fmt.Sprintf(format, values...) }
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) File(filepath string)                           {}
func (c *Context) SSEvent(name string, message any)               {}
func (c *Context) Negotiate(code int, config Negotiate)           {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
