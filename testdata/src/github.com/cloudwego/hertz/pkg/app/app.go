// Package app is a test stub of github.com/cloudwego/hertz/pkg/app (hertz
// v0.10.4): the *RequestContext methods that write the response and run
// the chain, with the real signatures and no behaviour but one: String
// formats with fmt, so go vet checks its calls as printf calls.
package app

import (
	"context"
	"fmt"
	"io"

	"github.com/cloudwego/hertz/pkg/app/server/render"
	"github.com/cloudwego/hertz/pkg/common/errors"
	"github.com/cloudwego/hertz/pkg/protocol"
)

// HandlerFunc is the core type of hertz.
type HandlerFunc func(c context.Context, ctx *RequestContext)

// RequestContext represents a request.
type RequestContext struct {
	Response protocol.Response

	// Errors is a list of errors attached to all the handlers/middlewares
	// who used this context.
	Errors errors.ErrorChain
}

// Next should be used only inside middleware.
func (ctx *RequestContext) Next(c context.Context) {}

// Abort prevents pending handlers from being called.
func (ctx *RequestContext) Abort() {}

// Param returns the value of the URL param.
func (ctx *RequestContext) Param(key string) string { return "" }

// FullPath returns a matched route full path.
func (ctx *RequestContext) FullPath() string { return "" }

// Query returns the keyed url query value if it exists.
func (ctx *RequestContext) Query(key string) string { return "" }

// PostForm returns the specified key from a POST urlencoded form or
// multipart form when it exists.
func (ctx *RequestContext) PostForm(key string) string { return "" }

// SetStatusCode sets response status code.
func (ctx *RequestContext) SetStatusCode(statusCode int) {}

// SetBodyStream sets response body stream and, optionally body size.
func (ctx *RequestContext) SetBodyStream(bodyStream io.Reader, bodySize int) {}

// WriteString appends s to response body.
func (ctx *RequestContext) WriteString(s string) (int, error) { return len(s), nil }

// String writes the given string into the response body.
func (ctx *RequestContext) String(code int, format string, values ...interface{}) {
	_ = fmt.Sprintf(format, values...)
}

// Write writes p into response body.
func (ctx *RequestContext) Write(p []byte) (int, error) { return len(p), nil }

// SetBodyString sets response body to the given value.
func (ctx *RequestContext) SetBodyString(body string) {}

// Redirect returns an HTTP redirect to the specific location.
func (ctx *RequestContext) Redirect(statusCode int, uri []byte) {}

// Header is an intelligent shortcut for ctx.Response.Header.Set(key, value).
func (ctx *RequestContext) Header(key, value string) {}

// AbortWithStatus calls `Abort()` and writes the headers with the specified
// status code.
func (ctx *RequestContext) AbortWithStatus(code int) {}

// AbortWithMsg sets response status code to the given value and sets
// response body to the given message.
func (ctx *RequestContext) AbortWithMsg(msg string, statusCode int) {}

// AbortWithStatusJSON calls `Abort()` and then `JSON` internally.
func (ctx *RequestContext) AbortWithStatusJSON(code int, jsonObj interface{}) {}

// Render writes the response headers and calls render.Render to render data.
func (ctx *RequestContext) Render(code int, r render.Render) {}

// ProtoBuf serializes the given struct as ProtoBuf into the response body.
func (ctx *RequestContext) ProtoBuf(code int, obj interface{}) {}

// JSON serializes the given struct as JSON into the response body.
func (ctx *RequestContext) JSON(code int, obj interface{}) {}

// PureJSON serializes the given struct as JSON into the response body.
func (ctx *RequestContext) PureJSON(code int, obj interface{}) {}

// IndentedJSON serializes the given struct as pretty JSON (indented +
// endlines) into the response body.
func (ctx *RequestContext) IndentedJSON(code int, obj interface{}) {}

// HTML renders the HTTP template specified by its file name.
func (ctx *RequestContext) HTML(code int, name string, obj interface{}) {}

// Data writes some data into the body stream and updates the HTTP code.
func (ctx *RequestContext) Data(code int, contentType string, data []byte) {}

// XML serializes the given struct as XML into the response body.
func (ctx *RequestContext) XML(code int, obj interface{}) {}

// AbortWithError calls `AbortWithStatus()` and `Error()` internally.
func (ctx *RequestContext) AbortWithError(code int, err error) *errors.Error {
	return ctx.Error(err)
}

// Error attaches an error to the current context.
func (ctx *RequestContext) Error(err error) *errors.Error {
	return &errors.Error{Err: err, Type: errors.ErrorTypePrivate}
}

// SetCookie adds a Set-Cookie header to the ResponseWriter's headers.
func (ctx *RequestContext) SetCookie(name, value string, maxAge int, path, domain string, sameSite protocol.CookieSameSite, secure, httpOnly bool) {
}

// SetPartitionedCookie adds a partitioned cookie to the ResponseWriter's
// headers.
func (ctx *RequestContext) SetPartitionedCookie(name, value string, maxAge int, path, domain string, sameSite protocol.CookieSameSite, secure, httpOnly bool) {
}

// GetHeader returns value from request headers.
func (ctx *RequestContext) GetHeader(key string) []byte { return nil }
