// Package fastjson is a test stub of github.com/valyala/fastjson: a parser
// and its values, with the real signatures and no behaviour.
package fastjson

// Type is the type of a value.
type Type int

// Parser parses documents.
type Parser struct{}

// ParseBytes parses b.
func (p *Parser) ParseBytes(b []byte) (*Value, error) { return &Value{}, nil }

// Parse parses s.
func (p *Parser) Parse(s string) (*Value, error) { return &Value{}, nil }

// ParseBytes parses b with a new parser.
func ParseBytes(b []byte) (*Value, error) { return &Value{}, nil }

// Value is a parsed value.
type Value struct{}

// Get returns the value at keys.
func (v *Value) Get(keys ...string) *Value { return v }

// Exists reports whether keys exist.
func (v *Value) Exists(keys ...string) bool { return false }

// GetInt returns the number at keys.
func (v *Value) GetInt(keys ...string) int { return 0 }

// GetInt64 returns the number at keys.
func (v *Value) GetInt64(keys ...string) int64 { return 0 }

// GetStringBytes returns the string at keys.
func (v *Value) GetStringBytes(keys ...string) []byte { return nil }

// GetBool returns the boolean at keys.
func (v *Value) GetBool(keys ...string) bool { return false }

// Set sets the value at key.
func (v *Value) Set(key string, value *Value) {}

// Int returns the number.
func (v *Value) Int() (int, error) { return 0, nil }

// StringBytes returns the string.
func (v *Value) StringBytes() ([]byte, error) { return nil, nil }

// String returns the value's JSON text.
func (v *Value) String() string { return "" }

// Type returns the value's type.
func (v *Value) Type() Type { return 0 }

// Bool returns the boolean.
func (v *Value) Bool() (bool, error) { return false, nil }

// Object is a parsed object.
type Object struct{}

// Object returns v as an object.
func (v *Value) Object() (*Object, error) { return &Object{}, nil }

// GetObject returns the object at keys.
func (v *Value) GetObject(keys ...string) *Object { return &Object{} }

// Visit calls f for each member of o.
func (o *Object) Visit(f func(key []byte, v *Value)) {}
