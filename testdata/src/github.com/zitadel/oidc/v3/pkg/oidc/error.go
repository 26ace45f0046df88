// Package oidc is a stub of github.com/zitadel/oidc's pkg/oidc: the
// signatures the check matches, copied from the module.
package oidc

import "fmt"

type errorType string

const AccessDenied errorType = "access_denied"

// Error is an OAuth2 / OIDC error response.
type Error struct {
	Parent      error     `json:"-"`
	ErrorType   errorType `json:"error"`
	Description string    `json:"error_description,omitempty"`
	State       string    `json:"state,omitempty"`
}

func (e *Error) Error() string { return string(e.ErrorType) }

var ErrAccessDenied = func() *Error {
	return &Error{ErrorType: AccessDenied}
}

func (e *Error) WithDescription(desc string, args ...any) *Error {
	e.Description = fmt.Sprintf(desc, args...)
	return e
}
