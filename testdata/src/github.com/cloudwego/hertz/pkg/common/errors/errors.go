// Package errors is a test stub of github.com/cloudwego/hertz/pkg/common/errors
// (hertz v0.10.4): the errors c.Error attaches and their chain, with the
// real signatures.
package errors

// ErrorType is an unsigned 64-bit error code as defined in the hertz spec.
type ErrorType uint64

// The error types.
const (
	ErrorTypeBind ErrorType = 1 << iota
	ErrorTypeRender
	ErrorTypePrivate
	ErrorTypePublic
	ErrorTypeAny
)

// Error is an error attached to a request.
type Error struct {
	Err  error
	Type ErrorType
	Meta interface{}
}

// Error implements the error interface.
func (msg *Error) Error() string { return msg.Err.Error() }

// Unwrap returns the attached error.
func (msg *Error) Unwrap() error { return msg.Err }

// JSON creates a properly formatted JSON.
func (msg *Error) JSON() interface{} { return map[string]interface{}{"error": msg.Error()} }

// ErrorChain is the errors attached to a request.
type ErrorChain []*Error

// String returns a readable text of the errors.
func (a ErrorChain) String() string { return "" }

// Errors returns the texts of the errors.
func (a ErrorChain) Errors() []string { return nil }

// ByType returns the errors of a type.
func (a ErrorChain) ByType(typ ErrorType) ErrorChain { return a }

// Last returns the last error, or nil.
func (a ErrorChain) Last() *Error {
	if len(a) > 0 {
		return a[len(a)-1]
	}
	return nil
}

// JSON returns the errors for a JSON encoder.
func (a ErrorChain) JSON() interface{} { return nil }

// New builds an error.
func New(err error, t ErrorType, meta interface{}) *Error {
	return &Error{Err: err, Type: t, Meta: meta}
}
