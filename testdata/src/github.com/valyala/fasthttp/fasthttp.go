// Package fasthttp is a test stub of github.com/valyala/fasthttp
// (v1.79.0): RequestCtx, Response, ResponseHeader and Cookie, with the
// real signatures and no behaviour.
package fasthttp

import "io"

// Status codes.
const (
	StatusOK           = 200
	StatusSeeOther     = 303
	StatusUnauthorized = 401
	StatusBadGateway   = 502
)

// RequestHandler must process incoming requests.
type RequestHandler func(ctx *RequestCtx)

// ListenAndServe serves HTTP requests from the given TCP addr.
func ListenAndServe(addr string, handler RequestHandler) error { return nil }

// Cookie represents HTTP response cookie.
type Cookie struct{}

// AcquireCookie returns an empty Cookie object from the pool.
func AcquireCookie() *Cookie { return &Cookie{} }

// ReleaseCookie returns the Cookie object acquired with AcquireCookie back
// to the pool.
func ReleaseCookie(c *Cookie) {}

// SetKey sets cookie name.
func (c *Cookie) SetKey(key string) {}

// SetPath sets cookie path.
func (c *Cookie) SetPath(path string) {}

// SetMaxAge sets cookie expiration time based on seconds.
func (c *Cookie) SetMaxAge(seconds int) {}

// SetValue sets cookie value.
func (c *Cookie) SetValue(value string) {}

// SetValueBytes sets cookie value.
func (c *Cookie) SetValueBytes(value []byte) {}

// ResponseHeader represents HTTP response header.
type ResponseHeader struct{}

// Set sets the given 'key: value' header.
func (h *ResponseHeader) Set(key, value string) {}

// Add adds the given 'key: value' header.
func (h *ResponseHeader) Add(key, value string) {}

// SetCookie sets the given response cookie.
func (h *ResponseHeader) SetCookie(cookie *Cookie) {}

// Response represents HTTP response.
type Response struct {
	Header ResponseHeader
}

// SetBody sets response body.
func (resp *Response) SetBody(body []byte) {}

// SetBodyString sets response body.
func (resp *Response) SetBodyString(body string) {}

// AppendBody appends p to response body.
func (resp *Response) AppendBody(p []byte) {}

// AppendBodyString appends s to response body.
func (resp *Response) AppendBodyString(s string) {}

// BodyWriter returns writer for populating response body.
func (resp *Response) BodyWriter() io.Writer { return nil }

// Args represents query arguments.
type Args struct{}

// Peek returns query arg value for the given key.
func (a *Args) Peek(key string) []byte { return nil }

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct {
	Response Response
}

// QueryArgs returns query arguments from RequestURI.
func (ctx *RequestCtx) QueryArgs() *Args { return &Args{} }

// FormValue returns form value associated with the given key.
func (ctx *RequestCtx) FormValue(key string) []byte { return nil }

// SetStatusCode sets response status code.
func (ctx *RequestCtx) SetStatusCode(statusCode int) {}

// SetContentType sets response Content-Type.
func (ctx *RequestCtx) SetContentType(contentType string) {}

// Error sets response status code to the given value and sets response
// body to the given message.
func (ctx *RequestCtx) Error(msg string, statusCode int) {}

// Success sets response Content-Type and body to the given values.
func (ctx *RequestCtx) Success(contentType string, body []byte) {}

// SuccessString sets response Content-Type and body to the given values.
func (ctx *RequestCtx) SuccessString(contentType, body string) {}

// Redirect sets 'Location: uri' response header and sets the given
// statusCode.
func (ctx *RequestCtx) Redirect(uri string, statusCode int) {}

// RedirectBytes sets 'Location: uri' response header and sets the given
// statusCode.
func (ctx *RequestCtx) RedirectBytes(uri []byte, statusCode int) {}

// SetBody sets response body to the given value.
func (ctx *RequestCtx) SetBody(body []byte) {}

// SetBodyString sets response body to the given value.
func (ctx *RequestCtx) SetBodyString(body string) {}

// Write writes p into response body.
func (ctx *RequestCtx) Write(p []byte) (int, error) { return len(p), nil }

// WriteString appends s to response body.
func (ctx *RequestCtx) WriteString(s string) (int, error) { return len(s), nil }

// SetBodyStream sets response body stream and, optionally body size.
func (ctx *RequestCtx) SetBodyStream(bodyStream io.Reader, bodySize int) {}
