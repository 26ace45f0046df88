// Package rest is a test stub of github.com/sendgrid/rest (v2.6): the
// response of a request.
package rest

// Response is an HTTP response.
type Response struct {
	StatusCode int
	Body       string
	Headers    map[string][]string
}
