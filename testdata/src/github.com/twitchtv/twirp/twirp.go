// Package twirp is a test stub of github.com/twitchtv/twirp (v8.1.3): the
// error API, with the real signatures. The generated server sends an
// Error's code, msg and meta to the client, and wraps any other error a
// service method returns with InternalErrorWith (its message is
// err.Error()).
package twirp

import (
	"context"
	"fmt"
	"net/http"
)

// Error is the error a Twirp service sends.
type Error interface {
	Code() ErrorCode
	Msg() string
	WithMeta(key string, val string) Error
	Meta(key string) string
	MetaMap() map[string]string
	Error() string
}

// ErrorCode is the Twirp error type.
type ErrorCode string

const (
	Canceled           ErrorCode = "canceled"
	Unknown            ErrorCode = "unknown"
	InvalidArgument    ErrorCode = "invalid_argument"
	Malformed          ErrorCode = "malformed"
	DeadlineExceeded   ErrorCode = "deadline_exceeded"
	NotFound           ErrorCode = "not_found"
	BadRoute           ErrorCode = "bad_route"
	AlreadyExists      ErrorCode = "already_exists"
	PermissionDenied   ErrorCode = "permission_denied"
	Unauthenticated    ErrorCode = "unauthenticated"
	ResourceExhausted  ErrorCode = "resource_exhausted"
	FailedPrecondition ErrorCode = "failed_precondition"
	Aborted            ErrorCode = "aborted"
	OutOfRange         ErrorCode = "out_of_range"
	Unimplemented      ErrorCode = "unimplemented"
	Internal           ErrorCode = "internal"
	Unavailable        ErrorCode = "unavailable"
	DataLoss           ErrorCode = "data_loss"
	NoError            ErrorCode = ""
)

type twerr struct {
	code ErrorCode
	msg  string
	meta map[string]string
}

func (e *twerr) Code() ErrorCode                { return e.code }
func (e *twerr) Msg() string                    { return e.msg }
func (e *twerr) Meta(key string) string         { return e.meta[key] }
func (e *twerr) MetaMap() map[string]string     { return e.meta }
func (e *twerr) Error() string                  { return fmt.Sprintf("twirp error %s: %s", e.code, e.msg) }
func (e *twerr) WithMeta(key, val string) Error { return e }

// Error builds a twirp.Error with code and msg.
func (code ErrorCode) Error(msg string) Error { return NewError(code, msg) }

// Errorf builds a twirp.Error with code and a formatted message.
func (code ErrorCode) Errorf(msgFmt string, a ...interface{}) Error {
	return NewErrorf(code, msgFmt, a...)
}

// WrapError allows Twirp errors to wrap other errors.
func WrapError(twerr Error, err error) Error { return twerr }

// NewError is the generic constructor for a twirp.Error.
func NewError(code ErrorCode, msg string) Error { return &twerr{code: code, msg: msg} }

// NewErrorf builds a twirp.Error with a formatted message.
func NewErrorf(code ErrorCode, msgFmt string, a ...interface{}) Error {
	return NewError(code, fmt.Sprintf(msgFmt, a...))
}

// NotFoundError is a convenience constructor for NotFound errors.
func NotFoundError(msg string) Error { return NewError(NotFound, msg) }

// InvalidArgumentError is a constructor for the common InvalidArgument
// error: its message is argument + " " + validationMsg.
func InvalidArgumentError(argument string, validationMsg string) Error {
	return NewError(InvalidArgument, argument+" "+validationMsg).WithMeta("argument", argument)
}

// RequiredArgumentError: the message is argument + " is required".
func RequiredArgumentError(argument string) Error {
	return InvalidArgumentError(argument, "is required")
}

// InternalError is a convenience constructor for Internal errors.
func InternalError(msg string) Error { return NewError(Internal, msg) }

// InternalErrorf uses the formatted message as the internal error msg.
func InternalErrorf(msgFmt string, a ...interface{}) Error {
	return NewErrorf(Internal, msgFmt, a...)
}

// InternalErrorWith makes an internal error whose message is err.Error().
func InternalErrorWith(err error) Error { return NewError(Internal, err.Error()) }

// WriteError writes an HTTP response with a valid Twirp error format.
func WriteError(resp http.ResponseWriter, err error) error { return nil }

// ServerOption is an option for a generated server.
type ServerOption func(*ServerOptions)

// ServerOptions encapsulate the configurable parameters on a Twirp server.
type ServerOptions struct{}

// Interceptor is a form of middleware for Twirp requests.
type Interceptor func(Method) Method

// Method is a generic RPC method.
type Method func(ctx context.Context, request interface{}) (interface{}, error)
