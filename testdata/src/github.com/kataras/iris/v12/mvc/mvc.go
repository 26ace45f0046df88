// Package mvc is a test stub of github.com/kataras/iris/v12/mvc (v12.2.11):
// the results a controller's method may return.
package mvc

import "github.com/kataras/iris/v12/context"

// Result is what a controller's method may return: the framework
// dispatches it to the client.
type Result interface {
	Dispatch(ctx *context.Context)
}

// Response completes the Result interface: a status, a body, or a
// redirect to Path.
type Response struct {
	Code        int
	ContentType string
	Content     []byte
	Text        string
	Object      interface{}
	Path        string
	Err         error
}

// Dispatch writes the response.
func (r Response) Dispatch(ctx *context.Context) {}

// View completes the Result interface: a template rendered with Data,
// with the status Code (200 when zero).
type View struct {
	Name   string
	Layout string
	Data   interface{}
	Code   int
	Err    error
}

// Dispatch renders the view.
func (r View) Dispatch(ctx *context.Context) {}
