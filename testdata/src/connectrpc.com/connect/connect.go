// Package connect is a test stub of connectrpc.com/connect (v1.21.1): the
// error, request, response, stream and handler APIs a service uses, with
// the real signatures.
package connect

import (
	"context"
	"net/http"

	"google.golang.org/protobuf/proto"
)

// Code is a connect or gRPC status code.
type Code uint32

const (
	CodeCanceled           Code = 1
	CodeUnknown            Code = 2
	CodeInvalidArgument    Code = 3
	CodeDeadlineExceeded   Code = 4
	CodeNotFound           Code = 5
	CodeAlreadyExists      Code = 6
	CodePermissionDenied   Code = 7
	CodeResourceExhausted  Code = 8
	CodeFailedPrecondition Code = 9
	CodeAborted            Code = 10
	CodeOutOfRange         Code = 11
	CodeUnimplemented      Code = 12
	CodeInternal           Code = 13
	CodeUnavailable        Code = 14
	CodeDataLoss           Code = 15
	CodeUnauthenticated    Code = 16
)

// Error is an error with a code; its message (the underlying error's text)
// is sent to the client.
type Error struct {
	code Code
	err  error
	meta http.Header
}

// ErrorDetail is a protobuf message attached to an Error.
type ErrorDetail struct{ wireJSON string }

// NewErrorDetail constructs a new error detail from a message.
func NewErrorDetail(msg proto.Message) (*ErrorDetail, error) { return &ErrorDetail{}, nil }

// NewError annotates any Go error with a status code.
func NewError(c Code, underlying error) *Error { return &Error{code: c, err: underlying} }

func CodeOf(err error) Code { return CodeUnknown }

// NewWireError is NewError for an error received from the network.
func NewWireError(c Code, underlying error) *Error { return &Error{code: c, err: underlying} }

func (e *Error) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

// Message returns the underlying error message.
func (e *Error) Message() string {
	if e != nil && e.err != nil {
		return e.err.Error()
	}
	return ""
}

func (e *Error) Unwrap() error                                  { return e.err }
func (e *Error) Code() Code                                     { return e.code }
func (e *Error) Details() []*ErrorDetail                        { return nil }
func (e *Error) AddDetail(d *ErrorDetail)                       {}
func (e *Error) Meta() http.Header                              { return e.meta }
func (c Code) String() string                                   { return "code" }
func (d *ErrorDetail) Type() string                             { return d.wireJSON }
func (d *ErrorDetail) Bytes() []byte                            { return nil }
func (s *Handler) ServeHTTP(http.ResponseWriter, *http.Request) {}

// Request is a request message with headers.
type Request[T any] struct {
	Msg *T

	header http.Header
}

// Header returns the HTTP headers for this request.
func (r *Request[_]) Header() http.Header { return r.header }

// NewRequest wraps a generated request message.
func NewRequest[T any](message *T) *Request[T] { return &Request[T]{Msg: message} }

// Response is a response message with headers and trailers.
type Response[T any] struct {
	Msg *T

	header  http.Header
	trailer http.Header
}

// Header returns the HTTP headers for this response.
func (r *Response[_]) Header() http.Header { return r.header }

// Trailer returns the trailers for this response.
func (r *Response[_]) Trailer() http.Header { return r.trailer }

// NewResponse wraps a generated response message.
func NewResponse[T any](message *T) *Response[T] { return &Response[T]{Msg: message} }

// ClientStream is the handler's view of a client streaming RPC.
type ClientStream[Req any] struct{ msg *Req }

func (c *ClientStream[Req]) Receive() bool { return false }
func (c *ClientStream[Req]) Msg() *Req     { return c.msg }

// ServerStream is the handler's view of a server streaming RPC.
type ServerStream[Res any] struct{}

// Send a message to the client.
func (s *ServerStream[Res]) Send(msg *Res) error { return nil }

// ResponseHeader returns the response headers, sent with the first Send.
func (s *ServerStream[Res]) ResponseHeader() http.Header { return nil }

// ResponseTrailer returns the response trailers.
func (s *ServerStream[Res]) ResponseTrailer() http.Header { return nil }

// BidiStream is the handler's view of a bidirectional streaming RPC.
type BidiStream[Req, Res any] struct{}

// Send a message to the client.
func (b *BidiStream[Req, Res]) Send(msg *Res) error { return nil }

// ResponseHeader returns the response headers, sent with the first Send.
func (b *BidiStream[Req, Res]) ResponseHeader() http.Header { return nil }

// ResponseTrailer returns the response trailers.
func (b *BidiStream[Req, Res]) ResponseTrailer() http.Header { return nil }

// HandlerOption configures a Handler.
type HandlerOption interface{ applyToHandler() }

// Handler is an http.Handler for one procedure.
type Handler struct{}

// NewUnaryHandler constructs a Handler for a request-response procedure.
func NewUnaryHandler[Req, Res any](
	procedure string,
	unary func(context.Context, *Request[Req]) (*Response[Res], error),
	options ...HandlerOption,
) *Handler {
	return &Handler{}
}

// NewUnaryHandlerSimple is NewUnaryHandler for a function of the messages.
func NewUnaryHandlerSimple[Req, Res any](
	procedure string,
	unary func(context.Context, *Req) (*Res, error),
	options ...HandlerOption,
) *Handler {
	return &Handler{}
}

// ErrorWriter writes errors using the protocol of the request.
type ErrorWriter struct{}

// NewErrorWriter constructs an ErrorWriter.
func NewErrorWriter(opts ...HandlerOption) *ErrorWriter { return &ErrorWriter{} }

// Write an error, using the format appropriate for the RPC protocol.
func (w *ErrorWriter) Write(response http.ResponseWriter, request *http.Request, err error) error {
	return nil
}
