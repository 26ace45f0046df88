// Package runtime is a test stub of github.com/go-openapi/runtime (v0.28):
// the producer and client-transport contracts, with the real signatures.
package runtime

import (
	"io"
	"net/http"
	"time"

	"github.com/go-openapi/strfmt"
)

// Producer implementations know how to turn the provided interface into a valid
// HTTP response.
type Producer interface {
	Produce(io.Writer, interface{}) error
}

// ProducerFunc represents a function that can be used as a producer.
type ProducerFunc func(io.Writer, interface{}) error

// Produce produces the response for the provided data.
func (f ProducerFunc) Produce(writer io.Writer, data interface{}) error { return f(writer, data) }

// Consumer implementations know how to bind the values on the provided
// interface to data provided by the request body.
type Consumer interface {
	Consume(io.Reader, interface{}) error
}

// ClientResponse represents a client response.
type ClientResponse interface {
	Code() int
	Message() string
	GetHeader(string) string
	GetHeaders(string) []string
	Body() io.ReadCloser
}

// ClientResponseReader is an interface for things want to read a response.
type ClientResponseReader interface {
	ReadResponse(ClientResponse, Consumer) (interface{}, error)
}

// ClientRequest is an interface for things that know how to add information
// to a swagger client request.
type ClientRequest interface {
	SetHeaderParam(string, ...string) error
	SetBodyParam(interface{}) error
	SetTimeout(time.Duration) error
}

// ClientRequestWriter is an interface for things that know how to write to
// a request.
type ClientRequestWriter interface {
	WriteToRequest(ClientRequest, strfmt.Registry) error
}

// ClientOperation represents the context for a swagger operation to be
// submitted to the transport.
type ClientOperation struct {
	ID                 string
	Method             string
	PathPattern        string
	ProducesMediaTypes []string
	ConsumesMediaTypes []string
	Schemes            []string
	Params             ClientRequestWriter
	Reader             ClientResponseReader
	Client             *http.Client
}

// ClientTransport implementations are the transport for a swagger client.
type ClientTransport interface {
	Submit(*ClientOperation) (interface{}, error)
}

// APIError wraps an error model and captures the status code.
type APIError struct {
	OperationName string
	Response      interface{}
	Code          int
}

func (o *APIError) Error() string { return o.OperationName }
