// Package jsonparser is a test stub of github.com/buger/jsonparser: the
// readers, callbacks, parsers and a writer, with the real signatures and
// no behaviour.
package jsonparser

// ValueType is the type of a value read.
type ValueType int

// The value types.
const (
	NotExist ValueType = iota
	String
	Number
	Object
	Array
	Boolean
	Null
	Unknown
)

// Get reads the value at keys.
func Get(data []byte, keys ...string) (value []byte, dataType ValueType, offset int, err error) {
	return nil, NotExist, 0, nil
}

// GetInt reads a number at keys.
func GetInt(data []byte, keys ...string) (int64, error) { return 0, nil }

// GetFloat reads a number at keys.
func GetFloat(data []byte, keys ...string) (float64, error) { return 0, nil }

// GetString reads a string at keys.
func GetString(data []byte, keys ...string) (string, error) { return "", nil }

// GetUnsafeString reads a string at keys without copying it.
func GetUnsafeString(data []byte, keys ...string) (string, error) { return "", nil }

// GetBoolean reads a boolean at keys.
func GetBoolean(data []byte, keys ...string) (bool, error) { return false, nil }

// Set writes setValue at keys and returns the document.
func Set(data []byte, setValue []byte, keys ...string) ([]byte, error) { return data, nil }

// Delete removes keys and returns the document.
func Delete(data []byte, keys ...string) []byte { return data }

// ObjectEach calls callback for every key of the object at keys.
func ObjectEach(data []byte, callback func(key []byte, value []byte, dataType ValueType, offset int) error, keys ...string) error {
	return nil
}

// EachKey calls cb for every path of paths found in data.
func EachKey(data []byte, cb func(int, []byte, ValueType, error), paths ...[]string) int { return 0 }

// ParseInt parses a number value.
func ParseInt(b []byte) (int64, error) { return 0, nil }

// ParseFloat parses a number value.
func ParseFloat(b []byte) (float64, error) { return 0, nil }

// ParseString parses a string value.
func ParseString(b []byte) (string, error) { return "", nil }

// ParseBoolean parses a boolean value.
func ParseBoolean(b []byte) (bool, error) { return false, nil }
