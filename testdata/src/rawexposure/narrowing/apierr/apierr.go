// Package apierr holds the one error type whose text the API shows.
package apierr

import "net/http"

// Error marks an error whose text is meant for the client.
type Error struct {
	Status int
	Title  string
	Err    error
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Public wraps err for display with the standard title of status.
func Public(status int, err error) *Error { // want Public:`rawexposure\(result 0 from params 1\)`
	return &Error{Status: status, Title: http.StatusText(status), Err: err}
}
