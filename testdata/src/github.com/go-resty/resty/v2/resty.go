// Package resty is a stub of github.com/go-resty/resty/v2 for the tests.
package resty

import (
	"context"
	"net/http"
)

type Client struct{}

func New() *Client                                     { return &Client{} }
func (c *Client) R() *Request                          { return &Request{} }
func (c *Client) SetBaseURL(url string) *Client        { return c }
func (c *Client) SetHeader(h, v string) *Client        { return c }
func (c *Client) SetTimeout(d int64) *Client           { return c }
func (c *Client) SetHTTPClient(h *http.Client) *Client { return c }

type Request struct {
	URL    string
	Method string
}

func (r *Request) SetContext(ctx context.Context) *Request { return r }
func (r *Request) SetBody(body interface{}) *Request       { return r }
func (r *Request) SetResult(res interface{}) *Request      { return r }
func (r *Request) SetError(err interface{}) *Request       { return r }
func (r *Request) SetHeader(h, v string) *Request          { return r }
func (r *Request) Get(url string) (*Response, error)       { return &Response{}, nil }
func (r *Request) Post(url string) (*Response, error)      { return &Response{}, nil }
func (r *Request) Put(url string) (*Response, error)       { return &Response{}, nil }
func (r *Request) Execute(method, url string) (*Response, error) {
	return &Response{}, nil
}

type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) Body() []byte        { return nil }
func (r *Response) String() string      { return "" }
func (r *Response) Status() string      { return "" }
func (r *Response) StatusCode() int     { return 0 }
func (r *Response) IsError() bool       { return false }
func (r *Response) IsSuccess() bool     { return true }
func (r *Response) Result() interface{} { return nil }
func (r *Response) Error() interface{}  { return nil }
func (r *Response) Size() int64         { return 0 }
