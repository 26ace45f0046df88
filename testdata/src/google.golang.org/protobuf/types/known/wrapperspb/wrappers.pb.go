// Package wrapperspb is a test stub of
// google.golang.org/protobuf/types/known/wrapperspb (v1.36.12): the string
// wrapper and its constructor, with the real signatures.
package wrapperspb

import "google.golang.org/protobuf/reflect/protoreflect"

// StringValue is the wrapper message for string.
type StringValue struct {
	Value string
}

// String stores v in a new StringValue and returns a pointer to it.
func String(v string) *StringValue { return &StringValue{Value: v} }

func (x *StringValue) Reset()                             {}
func (x *StringValue) String() string                     { return x.Value }
func (*StringValue) ProtoMessage()                        {}
func (x *StringValue) ProtoReflect() protoreflect.Message { return nil }

// GetValue returns the wrapped string.
func (x *StringValue) GetValue() string { return x.Value }
