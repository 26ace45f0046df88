// Package structpb is a test stub of
// google.golang.org/protobuf/types/known/structpb (v1.36.12): Struct and
// Value and their constructors, with the real signatures.
package structpb

import "google.golang.org/protobuf/reflect/protoreflect"

// Struct represents a structured data value (a JSON object).
type Struct struct {
	Fields map[string]*Value
}

// Value represents a dynamically typed value (a JSON value).
type Value struct {
	text string
}

// NewStruct constructs a Struct from a general-purpose Go map.
func NewStruct(v map[string]any) (*Struct, error) { return &Struct{}, nil }

// NewValue constructs a Value from a general-purpose Go interface.
func NewValue(v any) (*Value, error) { return &Value{}, nil }

// NewStringValue constructs a new string Value.
func NewStringValue(v string) *Value { return &Value{text: v} }

// AsMap converts x to a general-purpose Go map.
func (x *Struct) AsMap() map[string]any { return nil }

func (x *Struct) Reset()                             {}
func (x *Struct) String() string                     { return "" }
func (*Struct) ProtoMessage()                        {}
func (x *Struct) ProtoReflect() protoreflect.Message { return nil }

func (x *Value) Reset()                             {}
func (x *Value) String() string                     { return x.text }
func (*Value) ProtoMessage()                        {}
func (x *Value) ProtoReflect() protoreflect.Message { return nil }
