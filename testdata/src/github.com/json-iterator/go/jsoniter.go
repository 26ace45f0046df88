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

// API is a configured codec.
type API interface {
	Marshal(v interface{}) ([]byte, error)
	Unmarshal(data []byte, v interface{}) error
}

// ConfigCompatibleWithStandardLibrary behaves like encoding/json.
var ConfigCompatibleWithStandardLibrary API
