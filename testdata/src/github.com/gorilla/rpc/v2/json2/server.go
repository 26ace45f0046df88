// Package json2 is a stub of github.com/gorilla/rpc/v2/json2.
package json2

// ErrorCode is a JSON-RPC 2.0 error code.
type ErrorCode int

const (
	E_PARSE    ErrorCode = -32700
	E_INTERNAL ErrorCode = -32603
	E_SERVER   ErrorCode = -32000
)

// Error is a JSON-RPC 2.0 error object.
type Error struct {
	Code    ErrorCode   `json:"code"`
	Message string      `json:"message"`
	Data    interface{} `json:"data"`
}

func (e *Error) Error() string { return e.Message }

// Codec creates a CodecRequest to process each request.
type Codec struct{}

// NewCodec returns a new JSON Codec.
func NewCodec() *Codec { return &Codec{} }
