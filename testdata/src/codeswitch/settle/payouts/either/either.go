// Package either is a small generic outcome type: a value or an error.
package either

// Outcome holds a value or the error that prevented it.
type Outcome[T any] struct {
	value T
	err   error
}

// Done wraps a value.
func Done[T any](v T) Outcome[T] { return Outcome[T]{value: v} }

// Fail wraps an error.
func Fail[T any](err error) Outcome[T] { return Outcome[T]{err: err} }

// Unwrap returns the value and the error.
func (o Outcome[T]) Unwrap() (T, error) { return o.value, o.err }
