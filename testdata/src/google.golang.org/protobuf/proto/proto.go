// Package proto is a test stub of google.golang.org/protobuf/proto
// (v1.36.12): Message and Marshal, with the real signatures.
package proto

import "google.golang.org/protobuf/reflect/protoreflect"

// Message is the top-level interface that all messages implement.
type Message = protoreflect.ProtoMessage

// Marshal returns the wire-format encoding of m.
func Marshal(m Message) ([]byte, error) { return nil, nil }
