// Package simplejson is a test stub of github.com/bitly/go-simplejson: a
// document and its readers, with the real signatures and no behaviour.
package simplejson

// Json is a document or a value in it.
type Json struct{ data interface{} }

// NewJson parses body.
func NewJson(body []byte) (*Json, error) { return &Json{}, nil }

// Get returns the member key.
func (j *Json) Get(key string) *Json { return j }

// GetPath returns the value at branch.
func (j *Json) GetPath(branch ...string) *Json { return j }

// Int returns the value as an int.
func (j *Json) Int() (int, error) { return 0, nil }

// String returns the value as a string.
func (j *Json) String() (string, error) { return "", nil }

// MustInt returns the value as an int, or the default.
func (j *Json) MustInt(args ...int) int { return 0 }

// MustString returns the value as a string, or the default.
func (j *Json) MustString(args ...string) string { return "" }

// MustBool returns the value as a bool, or the default.
func (j *Json) MustBool(args ...bool) bool { return false }
