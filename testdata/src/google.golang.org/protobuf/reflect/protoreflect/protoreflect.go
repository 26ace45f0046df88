// Package protoreflect is a test stub of
// google.golang.org/protobuf/reflect/protoreflect (v1.36.12): the two
// interfaces every generated message implements, reduced to what the stubs
// need.
package protoreflect

// ProtoMessage is the top-level interface that all proto messages implement.
type ProtoMessage interface{ ProtoReflect() Message }

// Message is a reflective interface for a concrete message value.
type Message interface {
	Interface() ProtoMessage
}
