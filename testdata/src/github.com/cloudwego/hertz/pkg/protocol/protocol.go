// Package protocol is a test stub of github.com/cloudwego/hertz/pkg/protocol
// (hertz v0.10.4): Response, ResponseHeader and Cookie, with the real signatures
// and no behaviour.
package protocol

import "io"

// CookieSameSite is an enum for the mode in which the SameSite flag should
// be set for the given cookie.
type CookieSameSite int

// The SameSite modes.
const (
	CookieSameSiteDisabled CookieSameSite = iota
	CookieSameSiteDefaultMode
	CookieSameSiteLaxMode
)

// ResponseHeader represents HTTP response header.
type ResponseHeader struct{}

// Set sets the given 'key: value' header.
func (h *ResponseHeader) Set(key, value string) {}

// Add adds the given 'key: value' header.
func (h *ResponseHeader) Add(key, value string) {}

// SetStatusCode sets response status code.
func (h *ResponseHeader) SetStatusCode(statusCode int) {}

// SetCookie sets the given response cookie.
func (h *ResponseHeader) SetCookie(cookie *Cookie) {}

// Cookie represents HTTP response cookie.
type Cookie struct{}

// AcquireCookie returns an empty Cookie object from the pool.
func AcquireCookie() *Cookie { return &Cookie{} }

// ReleaseCookie returns the Cookie object acquired with AcquireCookie back
// to the pool.
func ReleaseCookie(c *Cookie) {}

// SetKey sets cookie name.
func (c *Cookie) SetKey(key string) {}

// SetValue sets cookie value.
func (c *Cookie) SetValue(value string) {}

// SetValueBytes sets cookie value.
func (c *Cookie) SetValueBytes(value []byte) {}

// SetPath sets cookie path.
func (c *Cookie) SetPath(path string) {}

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

// SetStatusCode sets response status code.
func (resp *Response) SetStatusCode(statusCode int) {}
