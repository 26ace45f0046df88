// Package json is a stub of github.com/gorilla/rpc/json.
package json

// Codec creates a CodecRequest to process each request.
type Codec struct{}

// NewCodec returns a new JSON Codec.
func NewCodec() *Codec { return &Codec{} }
