// Package context is a test stub of
// github.com/beego/beego/v2/server/web/context (v2.3.8): Context and
// BeegoOutput, with the real signatures and no behaviour.
package context

import "net/http"

// Response is a wrapper for the http.ResponseWriter.
type Response struct {
	http.ResponseWriter
	Started bool
	Status  int
}

// BeegoInput operates the http request header, data, cookie and body.
type BeegoInput struct{}

// Query returns input data item string by a given string.
func (input *BeegoInput) Query(key string) string { return "" }

// Session returns current session item value by a given key.
func (input *BeegoInput) Session(key interface{}) interface{} { return nil }

// Header returns request header item string by a given string.
func (input *BeegoInput) Header(key string) string { return "" }

// BeegoOutput does work for sending response header.
type BeegoOutput struct{ Status int }

// Header sets response header item string via given key.
func (output *BeegoOutput) Header(key, val string) {}

// Body sets response body content.
func (output *BeegoOutput) Body(content []byte) error { return nil }

// Cookie sets a cookie value via given key.
func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}

// JSON writes json to the response body.
func (output *BeegoOutput) JSON(data interface{}, hasIndent bool, encoding bool) error { return nil }

// YAML writes yaml to the response body.
func (output *BeegoOutput) YAML(data interface{}) error { return nil }

// JSONP writes jsonp to the response body.
func (output *BeegoOutput) JSONP(data interface{}, hasIndent bool) error { return nil }

// XML writes xml string to the response body.
func (output *BeegoOutput) XML(data interface{}, hasIndent bool) error { return nil }

// ServeFormatted serves YAML, XML or JSON, depending on the value of the
// Accept header.
func (output *BeegoOutput) ServeFormatted(data interface{}, hasIndent bool, hasEncode ...bool) error {
	return nil
}

// SetStatus sets the response status code.
func (output *BeegoOutput) SetStatus(status int) {}

// Session sets session item value with given key.
func (output *BeegoOutput) Session(name interface{}, value interface{}) {}

// Context Http request context struct including BeegoInput, BeegoOutput,
// http.Request and http.ResponseWriter.
type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
}

// Resp sends response based on the Accept Header.
func (ctx *Context) Resp(data interface{}) error { return nil }

// JSONResp sends a json response.
func (ctx *Context) JSONResp(data interface{}) error { return nil }

// XMLResp sends an xml response.
func (ctx *Context) XMLResp(data interface{}) error { return nil }

// YamlResp sends a yaml response.
func (ctx *Context) YamlResp(data interface{}) error { return nil }

// Redirect redirects to localurl with http header status code.
func (ctx *Context) Redirect(status int, localurl string) {}

// Abort stops the request. If beego.ErrorMaps exists, panic body.
func (ctx *Context) Abort(status int, body string) {}

// WriteString writes a string to response body.
func (ctx *Context) WriteString(content string) {}

// SetCookie sets a cookie for a response.
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}

// SetSecureCookie sets a secure cookie for a response.
func (ctx *Context) SetSecureCookie(Secret, name, value string, others ...interface{}) {}
