// Package multierr is a test stub of go.uber.org/multierr (v1.11.0):
// Append, Combine, AppendInto and Errors, with the real signatures and no
// behaviour.
package multierr

// Append appends the given errors together.
func Append(left error, right error) error { return nil }

// Combine combines the passed errors into a single error.
func Combine(errors ...error) error { return nil }

// AppendInto appends an error into the destination of an error pointer and
// returns whether the error being appended was non-nil.
func AppendInto(into *error, err error) (errored bool) { return err != nil }

// Errors returns a slice containing zero or more errors that the supplied
// error is composed of.
func Errors(err error) []error { return nil }
