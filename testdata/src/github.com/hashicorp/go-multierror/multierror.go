// Package multierror is a test stub of github.com/hashicorp/go-multierror
// (v1.1.1): Error, Append and the Error's accessors, with the real
// signatures and no behaviour.
package multierror

// ErrorFormatFunc is a function callback that is called by Error to turn
// the list of errors into a string.
type ErrorFormatFunc func([]error) string

// Error is an error type to track multiple errors.
type Error struct {
	Errors      []error
	ErrorFormat ErrorFormatFunc
}

func (e *Error) Error() string { return "" }

// ErrorOrNil returns an error interface if this Error represents a list of
// errors, or returns nil if the list of errors is empty.
func (e *Error) ErrorOrNil() error { return e }

// WrappedErrors returns the list of errors that this Error is wrapping.
func (e *Error) WrappedErrors() []error { return e.Errors }

// Len implements sort.Interface function for length.
func (e *Error) Len() int { return len(e.Errors) }

// Append is a helper function that will append more errors onto an Error.
func Append(err error, errs ...error) *Error { return &Error{} }

// Group is a collection of goroutines which return errors that need to be
// coalesced.
type Group struct{}

// Go calls the given function in a new goroutine.
func (g *Group) Go(f func() error) {}

// Wait blocks until all function calls from the Go method have returned,
// then returns the multierror.
func (g *Group) Wait() *Error { return &Error{} }
