// Package gjson is a stub of github.com/tidwall/gjson for the testdata: the
// getters and value methods the checks model.
package gjson

// Result is a value read at a path.
type Result struct {
	Raw string
	Str string
	Num float64
}

// Get reads json at path.
func Get(json, path string) Result { return Result{} }

// GetBytes reads json at path.
func GetBytes(json []byte, path string) Result { return Result{} }

// Parse parses json.
func Parse(json string) Result { return Result{} }

// ParseBytes parses json.
func ParseBytes(json []byte) Result { return Result{} }

// Get reads the result at path.
func (t Result) Get(path string) Result { return Result{} }

// Exists reports whether the value exists.
func (t Result) Exists() bool { return false }

// Int returns the value as an int64.
func (t Result) Int() int64 { return 0 }

// Uint returns the value as a uint64.
func (t Result) Uint() uint64 { return 0 }

// Float returns the value as a float64.
func (t Result) Float() float64 { return 0 }

// String returns the value as a string.
func (t Result) String() string { return "" }

// Bool returns the value as a bool.
func (t Result) Bool() bool { return false }

// Value returns the value as a Go value.
func (t Result) Value() interface{} { return nil }

// ValidBytes reports whether json is valid.
func ValidBytes(json []byte) bool { return true }
