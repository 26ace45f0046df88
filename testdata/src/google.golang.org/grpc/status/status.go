// Package status is a test stub of google.golang.org/grpc/status: New, Newf,
// Error, Errorf and the Status methods, with the real signatures. As in the
// real package, Status is an alias of internal/status.Status, so its
// methods belong to the internal package.
package status

import (
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/internal/status"
)

// Status references a google.golang.org/genproto/googleapis/rpc/status
// message: the code, message and details sent to the client.
type Status = status.Status

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status { return status.New(c, msg) }

// Newf returns New(c, fmt.Sprintf(format, a...)).
func Newf(c codes.Code, format string, a ...any) *Status { return New(c, fmt.Sprintf(format, a...)) }

// Error returns an error representing c and msg. If c is OK, returns nil.
func Error(c codes.Code, msg string) error { return New(c, msg).Err() }

// Errorf returns Error(c, fmt.Sprintf(format, a...)).
func Errorf(c codes.Code, format string, a ...any) error { return Newf(c, format, a...).Err() }

// FromError returns a Status representation of err.
func FromError(err error) (s *Status, ok bool) {
	if err == nil {
		return nil, true
	}
	if gs, ok := err.(interface{ GRPCStatus() *Status }); ok {
		return gs.GRPCStatus(), true
	}
	return New(codes.Unknown, err.Error()), false
}

// Convert is a convenience function which removes the need to handle the
// boolean return value from FromError.
func Convert(err error) *Status {
	s, _ := FromError(err)
	return s
}

// Code returns the Code of the error if it is a Status error or if it wraps
// a Status error.
func Code(err error) codes.Code { return codes.Unknown }
