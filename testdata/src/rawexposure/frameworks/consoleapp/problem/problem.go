// Package problem is the console's error type: the text the user sees,
// chosen by the handler, and the cause kept for the log.
package problem

import "fmt"

// Error is an error with a status and a public text.
type Error struct {
	Status int
	Public string
	Cause  error
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %v", e.Status, e.Public, e.Cause) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Cause }

// New builds an *Error.
func New(status int, public string, cause error) *Error { // want New:"result 0 from params 1,2"
	return &Error{Status: status, Public: public, Cause: cause}
}
