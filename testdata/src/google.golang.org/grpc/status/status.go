// Package status is a test stub of google.golang.org/grpc/status: New, Newf,
// Error, Errorf and the Status methods, with the real signatures. In the
// real package Status is an alias of internal/status.Status; here it is
// declared in place.
package status

import (
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/protoadapt"
)

// Status references a google.golang.org/genproto/googleapis/rpc/status
// message: the code, message and details sent to the client.
type Status struct {
	code    codes.Code
	msg     string
	details []any
}

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status { return &Status{code: c, msg: msg} }

// Newf returns New(c, fmt.Sprintf(format, a...)).
func Newf(c codes.Code, format string, a ...any) *Status { return New(c, fmt.Sprintf(format, a...)) }

// Error returns an error representing c and msg. If c is OK, returns nil.
func Error(c codes.Code, msg string) error { return New(c, msg).Err() }

// Errorf returns Error(c, fmt.Sprintf(format, a...)).
func Errorf(c codes.Code, format string, a ...any) error { return Newf(c, format, a...).Err() }

// FromError returns a Status representation of err.
func FromError(err error) (s *Status, ok bool) { return nil, false }

// Convert is a convenience function which removes the need to handle the
// boolean return value from FromError.
func Convert(err error) *Status { return nil }

// Code returns the Code of the error if it is a Status error or if it wraps
// a Status error.
func Code(err error) codes.Code { return codes.Unknown }

// Code returns the status code contained in s.
func (s *Status) Code() codes.Code { return s.code }

// Message returns the message contained in s.
func (s *Status) Message() string { return s.msg }

// WithDetails returns a new status with the provided details messages
// appended to the status. If any errors are encountered, it returns nil and
// the first error encountered.
func (s *Status) WithDetails(details ...protoadapt.MessageV1) (*Status, error) {
	out := &Status{code: s.code, msg: s.msg, details: s.details}
	for _, d := range details {
		out.details = append(out.details, d)
	}
	return out, nil
}

// Details returns a slice of details messages attached to the status.
func (s *Status) Details() []any { return s.details }

// Err returns an immutable error representing s; returns nil if s.Code() is OK.
func (s *Status) Err() error {
	if s.code == codes.OK {
		return nil
	}
	return &statusError{s}
}

type statusError struct{ s *Status }

func (e *statusError) Error() string {
	return "rpc error: code = " + e.s.code.String() + " desc = " + e.s.msg
}
