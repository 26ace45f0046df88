// Package resty is a test stub of github.com/go-resty/resty/v2 (v2.16):
// the client, request and response methods a SurePassID client uses, with
// the real signatures and no behaviour.
package resty

import (
	"context"
	"net/http"
	"time"
)

// Client is a resty client.
type Client struct{}

// New creates a client.
func New() *Client { return &Client{} }

// SetBaseURL sets the base URL of every request.
func (c *Client) SetBaseURL(url string) *Client { return c }

// SetTimeout sets the request timeout.
func (c *Client) SetTimeout(timeout time.Duration) *Client { return c }

// SetHeader sets a header on every request.
func (c *Client) SetHeader(header, value string) *Client { return c }

// R creates a request.
func (c *Client) R() *Request { return &Request{} }

// Request is one request.
type Request struct {
	Result interface{}
	Error  interface{}
}

// SetContext sets the request's context.
func (r *Request) SetContext(ctx context.Context) *Request { return r }

// SetHeader sets a header.
func (r *Request) SetHeader(header, value string) *Request { return r }

// SetBody sets the request body.
func (r *Request) SetBody(body interface{}) *Request { return r }

// SetResult sets the value a 2xx response is decoded into.
func (r *Request) SetResult(res interface{}) *Request { return r }

// SetError sets the value an error response is decoded into.
func (r *Request) SetError(err interface{}) *Request { return r }

// Post sends a POST request.
func (r *Request) Post(url string) (*Response, error) { return &Response{Request: r}, nil }

// Get sends a GET request.
func (r *Request) Get(url string) (*Response, error) { return &Response{Request: r}, nil }

// Response is a response.
type Response struct {
	Request     *Request
	RawResponse *http.Response
}

// Body is the response body.
func (r *Response) Body() []byte { return nil }

// String is the response body as text.
func (r *Response) String() string { return "" }

// StatusCode is the HTTP status code.
func (r *Response) StatusCode() int { return 0 }

// Status is the HTTP status text.
func (r *Response) Status() string { return "" }

// IsSuccess reports a 2xx status.
func (r *Response) IsSuccess() bool { return false }

// IsError reports a status of 400 or more.
func (r *Response) IsError() bool { return false }

// Result is the value set with SetResult.
func (r *Response) Result() interface{} { return r.Request.Result }

// Error is the value set with SetError.
func (r *Response) Error() interface{} { return r.Request.Error }

// SetHTTPClient sets the underlying HTTP client.
func (c *Client) SetHTTPClient(h *http.Client) *Client { return c }

// Put sends a PUT request.
func (r *Request) Put(url string) (*Response, error) { return &Response{Request: r}, nil }

// Execute sends a request with the given method.
func (r *Request) Execute(method, url string) (*Response, error) {
	return &Response{Request: r}, nil
}

// Size is the size of the response body.
func (r *Response) Size() int64 { return 0 }
