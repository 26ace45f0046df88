// Package errdetails is a test stub of
// google.golang.org/genproto/googleapis/rpc/errdetails: the standard error
// detail messages a server attaches to a status, with their exported
// fields.
package errdetails

import "google.golang.org/protobuf/reflect/protoreflect"

// ErrorInfo describes the cause of the error with structured details.
type ErrorInfo struct {
	Reason   string
	Domain   string
	Metadata map[string]string
}

// BadRequest describes violations in a client request.
type BadRequest struct {
	FieldViolations []*BadRequest_FieldViolation
}

// BadRequest_FieldViolation is a message type used to describe a single bad
// request field.
type BadRequest_FieldViolation struct {
	Field            string
	Description      string
	Reason           string
	LocalizedMessage *LocalizedMessage
}

// LocalizedMessage provides a localized error message that is safe to
// return to the user.
type LocalizedMessage struct {
	Locale  string
	Message string
}

// DebugInfo describes additional debugging info.
type DebugInfo struct {
	StackEntries []string
	Detail       string
}

// PreconditionFailure describes what preconditions have failed.
type PreconditionFailure struct {
	Violations []*PreconditionFailure_Violation
}

// PreconditionFailure_Violation is a message type used to describe a single
// precondition failure.
type PreconditionFailure_Violation struct {
	Type        string
	Subject     string
	Description string
}

func (x *ErrorInfo) Reset()                             {}
func (x *ErrorInfo) String() string                     { return "" }
func (*ErrorInfo) ProtoMessage()                        {}
func (x *ErrorInfo) ProtoReflect() protoreflect.Message { return nil }

func (x *BadRequest) Reset()                             {}
func (x *BadRequest) String() string                     { return "" }
func (*BadRequest) ProtoMessage()                        {}
func (x *BadRequest) ProtoReflect() protoreflect.Message { return nil }

func (x *BadRequest_FieldViolation) Reset()                             {}
func (x *BadRequest_FieldViolation) String() string                     { return "" }
func (*BadRequest_FieldViolation) ProtoMessage()                        {}
func (x *BadRequest_FieldViolation) ProtoReflect() protoreflect.Message { return nil }

func (x *LocalizedMessage) Reset()                             {}
func (x *LocalizedMessage) String() string                     { return "" }
func (*LocalizedMessage) ProtoMessage()                        {}
func (x *LocalizedMessage) ProtoReflect() protoreflect.Message { return nil }

func (x *DebugInfo) Reset()                             {}
func (x *DebugInfo) String() string                     { return "" }
func (*DebugInfo) ProtoMessage()                        {}
func (x *DebugInfo) ProtoReflect() protoreflect.Message { return nil }

func (x *PreconditionFailure) Reset()                             {}
func (x *PreconditionFailure) String() string                     { return "" }
func (*PreconditionFailure) ProtoMessage()                        {}
func (x *PreconditionFailure) ProtoReflect() protoreflect.Message { return nil }

func (x *PreconditionFailure_Violation) Reset()                             {}
func (x *PreconditionFailure_Violation) String() string                     { return "" }
func (*PreconditionFailure_Violation) ProtoMessage()                        {}
func (x *PreconditionFailure_Violation) ProtoReflect() protoreflect.Message { return nil }
