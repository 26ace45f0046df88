// Package restful is a test stub of github.com/emicklei/go-restful/v3
// (v3.12): the web service, routes, Request, Response and ServiceError,
// with the real signatures and no behaviour.
package restful

import "net/http"

// RouteFunction declares the signature of a function that can be bound to
// a Route.
type RouteFunction func(*Request, *Response)

// Request is a wrapper for a http Request.
type Request struct{ Request *http.Request }

// PathParameter accesses the Path parameter value by its name.
func (r *Request) PathParameter(name string) string { return "" }

// QueryParameter returns the (first) Query parameter value by its name.
func (r *Request) QueryParameter(name string) string { return "" }

// ReadEntity checks the Accept header and reads the content into the
// entityPointer.
func (r *Request) ReadEntity(entityPointer interface{}) error { return nil }

// Response is a wrapper on the actual http ResponseWriter.
type Response struct {
	http.ResponseWriter
}

// AddHeader is a shortcut for .Header().Add(header,value).
func (r *Response) AddHeader(header string, value string) *Response { return r }

// WriteEntity calls WriteHeaderAndEntity with Http Status OK (200).
func (r *Response) WriteEntity(value interface{}) error { return nil }

// WriteHeaderAndEntity marshals the value using the representation denoted
// by the Accept Header and the registered EntityWriters.
func (r *Response) WriteHeaderAndEntity(status int, value interface{}) error { return nil }

// WriteAsXml is a convenience method for writing a value in xml.
func (r *Response) WriteAsXml(value interface{}) error { return nil }

// WriteHeaderAndXml is a convenience method for writing a status and value
// in xml.
func (r *Response) WriteHeaderAndXml(status int, value interface{}, contentType string) error {
	return nil
}

// WriteAsJson is a convenience method for writing a value in json.
func (r *Response) WriteAsJson(value interface{}) error { return nil }

// WriteHeaderAndJson is a convenience method for writing the status and a
// value in Json with a given Content-Type.
func (r *Response) WriteHeaderAndJson(status int, value interface{}, contentType string) error {
	return nil
}

// WriteError writes the http status and the error string on the response.
func (r *Response) WriteError(httpStatus int, err error) error { return nil }

// WriteServiceError is a convenience method for a responding with a status
// and a ServiceError.
func (r *Response) WriteServiceError(httpStatus int, err ServiceError) error { return nil }

// WriteErrorString is a convenience method for an error status with the
// actual error.
func (r *Response) WriteErrorString(httpStatus int, errorReason string) error { return nil }

// ServiceError is a transport object to pass information about a non-Http
// error occurred in a WebService while processing a request.
type ServiceError struct {
	Code    int
	Message string
	Header  http.Header
}

// NewError returns a ServiceError using the code and reason.
func NewError(code int, message string) ServiceError { return ServiceError{Code: code, Message: message} }

func (s ServiceError) Error() string { return s.Message }

// RouteBuilder is a helper to construct Routes.
type RouteBuilder struct{}

// To bind the route to a function.
func (b *RouteBuilder) To(function RouteFunction) *RouteBuilder { return b }

// WebService holds a collection of Route values.
type WebService struct{}

// Path specifies the root URL template path of the WebService.
func (w *WebService) Path(root string) *WebService { return w }

// GET is a shortcut for .Method("GET").Path(subPath).
func (w *WebService) GET(subPath string) *RouteBuilder { return &RouteBuilder{} }

// POST is a shortcut for .Method("POST").Path(subPath).
func (w *WebService) POST(subPath string) *RouteBuilder { return &RouteBuilder{} }

// Route creates a new Route using the RouteBuilder and adds it.
func (w *WebService) Route(builder *RouteBuilder) *WebService { return w }

// Add a WebService to the default container.
func Add(service *WebService) {}
