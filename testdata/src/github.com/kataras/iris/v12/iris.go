// Package iris is a test stub of github.com/kataras/iris/v12 (v12.2.11):
// the aliases handlers use and an Application to register them on.
package iris

import "github.com/kataras/iris/v12/context"

type (
	// Context is the middle-man server's "object" for the clients.
	Context = *context.Context
	// Map is just a type alias of the map[string]interface{} type.
	Map = context.Map
	// Problem Details for HTTP APIs.
	Problem = context.Problem
	// Handler responds to an HTTP request.
	Handler = context.Handler
	// JSON the optional settings for JSON renderer.
	JSON = context.JSON
)

// NewProblem returns a new Problem.
var NewProblem = context.NewProblem

// Application is responsible to manage the state of the application.
type Application struct{}

// New creates and returns a fresh empty iris *Application instance.
func New() *Application { return &Application{} }

// Get registers a route for the Get HTTP Method.
func (app *Application) Get(relativePath string, handlers ...context.Handler) {}

// Post registers a route for the Post HTTP Method.
func (app *Application) Post(relativePath string, handlers ...context.Handler) {}

// HTTP status codes, as iris re-exports them from net/http.
const (
	StatusOK                 = 200
	StatusSeeOther           = 303
	StatusBadRequest         = 400
	StatusUnauthorized       = 401
	StatusForbidden          = 403
	StatusLocked             = 423
	StatusServiceUnavailable = 503
)
