// Package anypb is a test stub of
// google.golang.org/protobuf/types/known/anypb (v1.36.12): Any and New,
// with the real signatures.
package anypb

import (
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Any contains an arbitrary serialized protocol buffer message along with a
// URL that describes the type of the serialized message.
type Any struct {
	TypeUrl string
	Value   []byte
}

// New marshals src into a new Any instance.
func New(src proto.Message) (*Any, error) { return &Any{}, nil }

func (x *Any) Reset()                             {}
func (x *Any) String() string                     { return "" }
func (*Any) ProtoMessage()                        {}
func (x *Any) ProtoReflect() protoreflect.Message { return nil }
