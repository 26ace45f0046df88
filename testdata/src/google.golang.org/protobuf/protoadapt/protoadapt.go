// Package protoadapt is a test stub of google.golang.org/protobuf/protoadapt
// (v1.36.12). In the real package MessageV1 is an alias of
// runtime/protoiface.MessageV1; here it is declared in place.
package protoadapt

// MessageV1 is the original github.com/golang/protobuf message interface,
// which generated messages still implement.
type MessageV1 interface {
	Reset()
	String() string
	ProtoMessage()
}
