// Package jsoniter is a test stub of github.com/json-iterator/go: the lazy
// Any reader and the codec's Marshal, Unmarshal and Encoder, with the real
// signatures and no behaviour.
package jsoniter

import "io"

// Any is a lazily read value.
type Any interface {
	Get(path ...interface{}) Any
	ToInt() int
	ToInt64() int64
	ToString() string
	ToBool() bool
	Size() int
}

// Get reads data at path.
func Get(data []byte, path ...interface{}) Any { return nil }

// API is a configured codec, the standard library's functions as methods.
type API interface {
	Marshal(v interface{}) ([]byte, error)
	Unmarshal(data []byte, v interface{}) error
	NewEncoder(writer io.Writer) *Encoder
}

// Config tunes a codec.
type Config struct {
	EscapeHTML             bool
	UseNumber              bool
	SortMapKeys            bool
	ValidateJsonRawMessage bool
}

// Froze returns the codec of c.
func (c Config) Froze() API { return nil }

// ConfigCompatibleWithStandardLibrary behaves like encoding/json.
var ConfigCompatibleWithStandardLibrary = Config{EscapeHTML: true, SortMapKeys: true, ValidateJsonRawMessage: true}.Froze()

// Number is a JSON number literal kept as text.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) { return 0, nil }

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) { return 0, nil }

// Encoder writes JSON values to an output stream.
type Encoder struct{ w io.Writer }

// NewEncoder returns an encoder writing to writer.
func NewEncoder(writer io.Writer) *Encoder { return &Encoder{w: writer} }

// Encode writes the JSON encoding of val to the stream.
func (adapter *Encoder) Encode(val interface{}) error { return nil }
