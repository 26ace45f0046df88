// Package corev3 is a test stub of
// github.com/envoyproxy/go-control-plane/envoy/config/core/v3 (v1.40): the
// header messages, with the real field names and no behaviour.
package corev3

// HeaderValue is a header's name and value.
type HeaderValue struct {
	Key      string
	Value    string
	RawValue []byte
}

// HeaderValueOption_HeaderAppendAction says how a header is added.
type HeaderValueOption_HeaderAppendAction int32

// The append actions.
const (
	HeaderValueOption_APPEND_IF_EXISTS_OR_ADD HeaderValueOption_HeaderAppendAction = 0
	HeaderValueOption_ADD_IF_ABSENT           HeaderValueOption_HeaderAppendAction = 1
	HeaderValueOption_OVERWRITE_IF_EXISTS     HeaderValueOption_HeaderAppendAction = 3
)

// HeaderValueOption is a header to add, with how to add it.
type HeaderValueOption struct {
	Header         *HeaderValue
	AppendAction   HeaderValueOption_HeaderAppendAction
	KeepEmptyValue bool
}

// GetHeader returns the header.
func (x *HeaderValueOption) GetHeader() *HeaderValue {
	if x != nil {
		return x.Header
	}
	return nil
}
