// Package mvc is a test stub of github.com/kataras/iris/v12/mvc.
package mvc

import "github.com/kataras/iris/v12/context"

// Result is what a controller method may return to render itself.
type Result interface {
	Dispatch(ctx *context.Context)
}

// Response completes the Result interface: a status, a text or an object.
type Response struct {
	Code        int
	ContentType string
	Content     []byte
	Text        string
	Object      interface{}
	Path        string
	Err         error
}

func (r Response) Dispatch(ctx *context.Context) {}

// View renders a template with Data.
type View struct {
	Name   string
	Layout string
	Data   interface{}
	Code   int
	Err    error
}

func (r View) Dispatch(ctx *context.Context) {}

// Application is the mvc application of a party.
type Application struct{}

// Configure creates an Application for party and runs the configurators.
func Configure(party interface{}, configurators ...func(*Application)) *Application {
	return &Application{}
}

// Handle serves a controller.
func (app *Application) Handle(controller interface{}, options ...interface{}) *Application {
	return app
}
