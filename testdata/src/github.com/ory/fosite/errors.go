// Package fosite is a stub of github.com/ory/fosite: the signatures the
// check matches, copied from the module.
package fosite

import (
	"context"
	"net/http"
)

// RFC6749Error is an OAuth2 error response.
type RFC6749Error struct {
	ErrorField       string
	DescriptionField string
	HintField        string
	CodeField        int
	DebugField       string
}

func (e *RFC6749Error) Error() string { return e.ErrorField }

func (e *RFC6749Error) WithHintf(hint string, args ...interface{}) *RFC6749Error {
	return e
}

func (e *RFC6749Error) WithHint(hint string) *RFC6749Error {
	err := *e
	err.HintField = hint
	return &err
}

func (e *RFC6749Error) WithDebug(debug string) *RFC6749Error {
	err := *e
	err.DebugField = debug
	return &err
}

func (e *RFC6749Error) WithDescription(description string) *RFC6749Error {
	err := *e
	err.DescriptionField = description
	return &err
}

var ErrAccessDenied = &RFC6749Error{ErrorField: "access_denied", CodeField: http.StatusForbidden}

// AuthorizeRequester is an authorize request.
type AuthorizeRequester interface{ GetID() string }

// OAuth2Provider writes the authorization server's responses.
type OAuth2Provider interface {
	WriteAuthorizeError(ctx context.Context, rw http.ResponseWriter, requester AuthorizeRequester, err error)
}
