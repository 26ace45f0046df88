// Package jsoniter is a test stub of github.com/json-iterator/go: the lazy
// Any reader, with the real signatures and no behaviour.
package jsoniter

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
