// Package errors is a stub of github.com/cockroachdb/errors for the tests:
// hints and details ride on the error beside its text.
package errors

import (
	stderrors "errors"
	"fmt"
)

type withPart struct {
	cause  error
	hint   string
	detail string
}

func (w *withPart) Error() string { return w.cause.Error() }
func (w *withPart) Unwrap() error { return w.cause }

func New(msg string) error                    { return stderrors.New(msg) }
func Newf(format string, args ...any) error   { return fmt.Errorf(format, args...) }
func Errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
func Wrap(err error, msg string) error        { return fmt.Errorf("%s: %w", msg, err) }
func Wrapf(err error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, err)...)
}
func Is(err, target error) bool     { return stderrors.Is(err, target) }
func As(err error, target any) bool { return stderrors.As(err, target) }

func WithHint(err error, msg string) error { return &withPart{cause: err, hint: msg} }
func WithHintf(err error, format string, args ...any) error {
	return &withPart{cause: err, hint: fmt.Sprintf(format, args...)}
}
func WithDetail(err error, msg string) error { return &withPart{cause: err, detail: msg} }
func WithDetailf(err error, format string, args ...any) error {
	return &withPart{cause: err, detail: fmt.Sprintf(format, args...)}
}

func GetAllHints(err error) []string {
	var out []string
	for ; err != nil; err = stderrors.Unwrap(err) {
		if w, ok := err.(*withPart); ok && w.hint != "" {
			out = append(out, w.hint)
		}
	}
	return out
}

func GetAllDetails(err error) []string {
	var out []string
	for ; err != nil; err = stderrors.Unwrap(err) {
		if w, ok := err.(*withPart); ok && w.detail != "" {
			out = append(out, w.detail)
		}
	}
	return out
}

func FlattenDetails(err error) string { return fmt.Sprint(GetAllDetails(err)) }
