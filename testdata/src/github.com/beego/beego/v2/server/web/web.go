// Package web is a test stub of github.com/beego/beego/v2/server/web
// (v2.3.8): Controller, FlashData and filters, with the real signatures and no
// behaviour but one: the FlashData methods format with fmt, so go vet
// checks their calls as printf calls.
package web

import (
	"fmt"

	"github.com/beego/beego/v2/server/web/context"
)

// HandleFunc is a functional route's handler.
type HandleFunc func(ctx *context.Context)

// FilterFunc defines a filter function which is invoked before the
// controller handler is executed.
type FilterFunc = HandleFunc

// Filter positions.
const (
	BeforeStatic = iota
	BeforeRouter
	BeforeExec
	AfterExec
	FinishRouter
)

// FilterOpt is an option of a filter.
type FilterOpt func(opts *filterOpts)

type filterOpts struct{ returnOnOutput bool }

// InsertFilter adds a FilterFunc with pattern condition and action constant.
func InsertFilter(pattern string, pos int, filter FilterFunc, opts ...FilterOpt) *HttpServer {
	return &HttpServer{}
}

// HttpServer defines beego application with a new PatternServeMux.
type HttpServer struct{}

// Controller defines some basic http request handler operations.
type Controller struct {
	Ctx     *context.Context
	Data    map[interface{}]interface{}
	TplName string
}

// GetString returns the input value by key string or the default value
// while it's present and input is blank.
func (c *Controller) GetString(key string, def ...string) string { return "" }

// Redirect sends the redirection response to url with status code.
func (c *Controller) Redirect(url string, code int) {}

// SetData set the data depending on the accepted.
func (c *Controller) SetData(data interface{}) {}

// Abort stops controller handler and show the error data if code is
// defined in ErrorMap or code string.
func (c *Controller) Abort(code string) {}

// CustomAbort stops controller handler and show the error data.
func (c *Controller) CustomAbort(status int, body string) {}

// JSONResp sends a json response.
func (c *Controller) JSONResp(data interface{}) error { return nil }

// XMLResp sends an xml response.
func (c *Controller) XMLResp(data interface{}) error { return nil }

// YamlResp sends a yaml response.
func (c *Controller) YamlResp(data interface{}) error { return nil }

// Resp sends response based on the Accept Header.
func (c *Controller) Resp(data interface{}) error { return nil }

// ServeJSON sends a json response with encoding charset.
func (c *Controller) ServeJSON(encoding ...bool) error { return nil }

// ServeXML sends xml response.
func (c *Controller) ServeXML() error { return nil }

// ServeYAML sends yaml response.
func (c *Controller) ServeYAML() error { return nil }

// Render sends the response with rendered template bytes as text/html type.
func (c *Controller) Render() error { return nil }

// SetSecureCookie puts value into cookie after encoded the value.
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {}

// SetSession puts value into session.
func (c *Controller) SetSession(name interface{}, value interface{}) error { return nil }

// GetSession gets value from session.
func (c *Controller) GetSession(name interface{}) interface{} { return nil }

// FlashData is a tools to maintain data when using across request.
type FlashData struct {
	Data map[string]string
}

// NewFlash return a new empty FlashData struct.
func NewFlash() *FlashData { return &FlashData{Data: make(map[string]string)} }

// Set message to flash.
func (fd *FlashData) Set(key string, msg string, args ...interface{}) {
	fd.Data[key] = fmt.Sprintf(msg, args...)
}

// Success writes success message to flash.
func (fd *FlashData) Success(msg string, args ...interface{}) {
	fd.Data["success"] = fmt.Sprintf(msg, args...)
}

// Notice writes notice message to flash.
func (fd *FlashData) Notice(msg string, args ...interface{}) {
	fd.Data["notice"] = fmt.Sprintf(msg, args...)
}

// Warning writes warning message to flash.
func (fd *FlashData) Warning(msg string, args ...interface{}) {
	fd.Data["warning"] = fmt.Sprintf(msg, args...)
}

// Error writes error message to flash.
func (fd *FlashData) Error(msg string, args ...interface{}) {
	fd.Data["error"] = fmt.Sprintf(msg, args...)
}

// Store does the saving operation of flash data.
func (fd *FlashData) Store(c *Controller) {}
