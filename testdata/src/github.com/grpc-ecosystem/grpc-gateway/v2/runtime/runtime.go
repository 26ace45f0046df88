// Package runtime is a test stub of
// github.com/grpc-ecosystem/grpc-gateway/v2/runtime (v2.34): the mux and
// the Marshaler interface, with the real signatures and no behaviour.
package runtime

import (
	"io"
	"net/http"
)

// Marshaler defines a conversion between byte sequence and gRPC payloads / fields.
type Marshaler interface {
	Marshal(v interface{}) ([]byte, error)
	Unmarshal(data []byte, v interface{}) error
	NewDecoder(r io.Reader) Decoder
	NewEncoder(w io.Writer) Encoder
	ContentType(v interface{}) string
}

// Decoder decodes a byte sequence.
type Decoder interface{ Decode(v interface{}) error }

// Encoder encodes gRPC payloads / fields into byte sequence.
type Encoder interface{ Encode(v interface{}) error }

// ServeMux is a request multiplexer for grpc-gateway.
type ServeMux struct{}

// NewServeMux returns a new ServeMux.
func NewServeMux() *ServeMux { return &ServeMux{} }

// ServeHTTP dispatches the request.
func (s *ServeMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// HandlerFunc handles a specific pair of path pattern and HTTP method.
type HandlerFunc func(w http.ResponseWriter, r *http.Request, pathParams map[string]string)

// HandlePath allows users to configure custom path handlers.
func (s *ServeMux) HandlePath(meth string, pathPattern string, h HandlerFunc) error { return nil }

// MarshalerForRequest returns the inbound/outbound marshalers for this request.
func MarshalerForRequest(mux *ServeMux, r *http.Request) (inbound Marshaler, outbound Marshaler) {
	return nil, nil
}
