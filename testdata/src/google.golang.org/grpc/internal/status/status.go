// Package status is a test stub of google.golang.org/grpc/internal/status,
// where the real module declares Status and its methods;
// google.golang.org/grpc/status names it through an alias.
package status

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/protoadapt"
)

// Status represents an RPC status code, message, and details.
type Status struct {
	code    codes.Code
	msg     string
	details []any
}

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status { return &Status{code: c, msg: msg} }

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
