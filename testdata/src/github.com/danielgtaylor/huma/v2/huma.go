// Package huma is a test stub of github.com/danielgtaylor/huma/v2
// (v2.37.2): registration and the error API, with the real signatures.
// Register's adapter sends a plain error a handler returns as
// NewErrorWithContext(ctx, 500, "unexpected error occurred", err), whose
// errors[0].message is err.Error().
package huma

import (
	"context"
	"errors"
	"io"
	"net/http"
)

// API is a router adapter with an OpenAPI document.
type API interface {
	OpenAPI() any
}

// Context is the request context of an adapter: middlewares and streaming
// bodies write the response through it.
type Context interface {
	Context() context.Context
	SetStatus(code int)
	SetHeader(name, value string)
	AppendHeader(name, value string)
	BodyWriter() io.Writer
}

// Operation describes one route.
type Operation struct {
	OperationID string
	Method      string
	Path        string
}

// ErrorDetailer returns an ErrorDetail.
type ErrorDetailer interface {
	ErrorDetail() *ErrorDetail
}

// ErrorDetail is one error of an ErrorModel.
type ErrorDetail struct {
	Message  string `json:"message,omitempty"`
	Location string `json:"location,omitempty"`
	Value    any    `json:"value,omitempty"`
}

func (e *ErrorDetail) Error() string { return e.Message }

// ErrorModel is the RFC 9457 problem the default NewError builds.
type ErrorModel struct {
	Type     string         `json:"type,omitempty"`
	Title    string         `json:"title,omitempty"`
	Status   int            `json:"status,omitempty"`
	Detail   string         `json:"detail,omitempty"`
	Instance string         `json:"instance,omitempty"`
	Errors   []*ErrorDetail `json:"errors,omitempty"`
}

func (e *ErrorModel) Error() string  { return e.Detail }
func (e *ErrorModel) GetStatus() int { return e.Status }

// Add appends err to the model's errors: its ErrorDetail, or a detail
// whose message is err.Error().
func (e *ErrorModel) Add(err error) {
	var d ErrorDetailer
	if errors.As(err, &d) {
		e.Errors = append(e.Errors, d.ErrorDetail())
		return
	}
	e.Errors = append(e.Errors, &ErrorDetail{Message: err.Error()})
}

// HeadersError is an error with headers to send with the response.
type HeadersError interface {
	GetHeaders() http.Header
	Error() string
}

type errWithHeaders struct {
	err     error
	headers http.Header
}

func (e *errWithHeaders) Error() string           { return e.err.Error() }
func (e *errWithHeaders) Unwrap() error           { return e.err }
func (e *errWithHeaders) GetHeaders() http.Header { return e.headers }

// ErrorWithHeaders wraps err with headers sent to the client with it.
func ErrorWithHeaders(err error, headers http.Header) error {
	return &errWithHeaders{err: err, headers: headers}
}

// StatusError is an error with an HTTP status.
type StatusError interface {
	GetStatus() int
	Error() string
}

// NewError creates a new instance of an error model; applications may
// replace it.
var NewError = func(status int, msg string, errs ...error) StatusError {
	details := make([]*ErrorDetail, len(errs))
	for i := range errs {
		if errs[i] != nil {
			details[i] = &ErrorDetail{Message: errs[i].Error()}
		}
	}
	return &ErrorModel{Status: status, Title: http.StatusText(status), Detail: msg, Errors: details}
}

// NewErrorWithContext is NewError with the request context.
var NewErrorWithContext = func(_ Context, status int, msg string, errs ...error) StatusError {
	return NewError(status, msg, errs...)
}

// WriteErr writes NewErrorWithContext(ctx, status, msg, errs...) as the
// response.
func WriteErr(api API, ctx Context, status int, msg string, errs ...error) error {
	_ = NewErrorWithContext(ctx, status, msg, errs...)
	return nil
}

// Register an operation handler.
func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}

// Get registers a GET handler.
func Get[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Post registers a POST handler.
func Post[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Put registers a PUT handler.
func Put[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Patch registers a PATCH handler.
func Patch[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Delete registers a DELETE handler.
func Delete[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Error400BadRequest returns a 400.
func Error400BadRequest(msg string, errs ...error) StatusError {
	return NewError(400, msg, errs...)
}

// Error401Unauthorized returns a 401.
func Error401Unauthorized(msg string, errs ...error) StatusError {
	return NewError(401, msg, errs...)
}

// Error402PaymentRequired returns a 402.
func Error402PaymentRequired(msg string, errs ...error) StatusError {
	return NewError(402, msg, errs...)
}

// Error403Forbidden returns a 403.
func Error403Forbidden(msg string, errs ...error) StatusError {
	return NewError(403, msg, errs...)
}

// Error404NotFound returns a 404.
func Error404NotFound(msg string, errs ...error) StatusError {
	return NewError(404, msg, errs...)
}

// Error405MethodNotAllowed returns a 405.
func Error405MethodNotAllowed(msg string, errs ...error) StatusError {
	return NewError(405, msg, errs...)
}

// Error406NotAcceptable returns a 406.
func Error406NotAcceptable(msg string, errs ...error) StatusError {
	return NewError(406, msg, errs...)
}

// Error407ProxyAuthRequired returns a 407.
func Error407ProxyAuthRequired(msg string, errs ...error) StatusError {
	return NewError(407, msg, errs...)
}

// Error408RequestTimeout returns a 408.
func Error408RequestTimeout(msg string, errs ...error) StatusError {
	return NewError(408, msg, errs...)
}

// Error409Conflict returns a 409.
func Error409Conflict(msg string, errs ...error) StatusError {
	return NewError(409, msg, errs...)
}

// Error410Gone returns a 410.
func Error410Gone(msg string, errs ...error) StatusError {
	return NewError(410, msg, errs...)
}

// Error411LengthRequired returns a 411.
func Error411LengthRequired(msg string, errs ...error) StatusError {
	return NewError(411, msg, errs...)
}

// Error412PreconditionFailed returns a 412.
func Error412PreconditionFailed(msg string, errs ...error) StatusError {
	return NewError(412, msg, errs...)
}

// Error413RequestEntityTooLarge returns a 413.
func Error413RequestEntityTooLarge(msg string, errs ...error) StatusError {
	return NewError(413, msg, errs...)
}

// Error414RequestURITooLong returns a 414.
func Error414RequestURITooLong(msg string, errs ...error) StatusError {
	return NewError(414, msg, errs...)
}

// Error415UnsupportedMediaType returns a 415.
func Error415UnsupportedMediaType(msg string, errs ...error) StatusError {
	return NewError(415, msg, errs...)
}

// Error416RequestedRangeNotSatisfiable returns a 416.
func Error416RequestedRangeNotSatisfiable(msg string, errs ...error) StatusError {
	return NewError(416, msg, errs...)
}

// Error417ExpectationFailed returns a 417.
func Error417ExpectationFailed(msg string, errs ...error) StatusError {
	return NewError(417, msg, errs...)
}

// Error418Teapot returns a 418.
func Error418Teapot(msg string, errs ...error) StatusError {
	return NewError(418, msg, errs...)
}

// Error421MisdirectedRequest returns a 421.
func Error421MisdirectedRequest(msg string, errs ...error) StatusError {
	return NewError(421, msg, errs...)
}

// Error422UnprocessableEntity returns a 422.
func Error422UnprocessableEntity(msg string, errs ...error) StatusError {
	return NewError(422, msg, errs...)
}

// Error423Locked returns a 423.
func Error423Locked(msg string, errs ...error) StatusError {
	return NewError(423, msg, errs...)
}

// Error424FailedDependency returns a 424.
func Error424FailedDependency(msg string, errs ...error) StatusError {
	return NewError(424, msg, errs...)
}

// Error425TooEarly returns a 425.
func Error425TooEarly(msg string, errs ...error) StatusError {
	return NewError(425, msg, errs...)
}

// Error426UpgradeRequired returns a 426.
func Error426UpgradeRequired(msg string, errs ...error) StatusError {
	return NewError(426, msg, errs...)
}

// Error428PreconditionRequired returns a 428.
func Error428PreconditionRequired(msg string, errs ...error) StatusError {
	return NewError(428, msg, errs...)
}

// Error429TooManyRequests returns a 429.
func Error429TooManyRequests(msg string, errs ...error) StatusError {
	return NewError(429, msg, errs...)
}

// Error431RequestHeaderFieldsTooLarge returns a 431.
func Error431RequestHeaderFieldsTooLarge(msg string, errs ...error) StatusError {
	return NewError(431, msg, errs...)
}

// Error451UnavailableForLegalReasons returns a 451.
func Error451UnavailableForLegalReasons(msg string, errs ...error) StatusError {
	return NewError(451, msg, errs...)
}

// Error500InternalServerError returns a 500.
func Error500InternalServerError(msg string, errs ...error) StatusError {
	return NewError(500, msg, errs...)
}

// Error501NotImplemented returns a 501.
func Error501NotImplemented(msg string, errs ...error) StatusError {
	return NewError(501, msg, errs...)
}

// Error502BadGateway returns a 502.
func Error502BadGateway(msg string, errs ...error) StatusError {
	return NewError(502, msg, errs...)
}

// Error503ServiceUnavailable returns a 503.
func Error503ServiceUnavailable(msg string, errs ...error) StatusError {
	return NewError(503, msg, errs...)
}

// Error504GatewayTimeout returns a 504.
func Error504GatewayTimeout(msg string, errs ...error) StatusError {
	return NewError(504, msg, errs...)
}

// Error505HTTPVersionNotSupported returns a 505.
func Error505HTTPVersionNotSupported(msg string, errs ...error) StatusError {
	return NewError(505, msg, errs...)
}

// Error506VariantAlsoNegotiates returns a 506.
func Error506VariantAlsoNegotiates(msg string, errs ...error) StatusError {
	return NewError(506, msg, errs...)
}

// Error507InsufficientStorage returns a 507.
func Error507InsufficientStorage(msg string, errs ...error) StatusError {
	return NewError(507, msg, errs...)
}

// Error508LoopDetected returns a 508.
func Error508LoopDetected(msg string, errs ...error) StatusError {
	return NewError(508, msg, errs...)
}

// Error510NotExtended returns a 510.
func Error510NotExtended(msg string, errs ...error) StatusError {
	return NewError(510, msg, errs...)
}

// Error511NetworkAuthenticationRequired returns a 511.
func Error511NetworkAuthenticationRequired(msg string, errs ...error) StatusError {
	return NewError(511, msg, errs...)
}
