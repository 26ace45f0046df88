// Package codes is a test stub of google.golang.org/grpc/codes: the Code
// type and the constants the test cases use.
package codes

// A Code is a status code defined according to the gRPC documentation.
type Code uint32

// The gRPC status codes used by the test cases.
const (
	OK                 Code = 0
	Canceled           Code = 1
	Unknown            Code = 2
	InvalidArgument    Code = 3
	NotFound           Code = 5
	AlreadyExists      Code = 6
	PermissionDenied   Code = 7
	ResourceExhausted  Code = 8
	FailedPrecondition Code = 9
	Unimplemented      Code = 12
	Internal           Code = 13
	Unavailable        Code = 14
	Unauthenticated    Code = 16
)

func (c Code) String() string { return "" }
