// Package errors is a stub of github.com/pkg/errors for the tests.
package errors

import (
	stderrors "errors"
	"fmt"
)

func New(message string) error                { return stderrors.New(message) }
func Errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
func Wrap(err error, message string) error    { return fmt.Errorf("%s: %w", message, err) }
func Wrapf(err error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, err)...)
}
func WithMessage(err error, message string) error { return fmt.Errorf("%s: %w", message, err) }
func Cause(err error) error                       { return err }
func Is(err, target error) bool                   { return stderrors.Is(err, target) }
func As(err error, target any) bool               { return stderrors.As(err, target) }
func Unwrap(err error) error                      { return stderrors.Unwrap(err) }
