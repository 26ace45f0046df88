// Package gqlerrors is a test stub of github.com/graphql-go/graphql/gqlerrors
// (v0.8.1): the declarations the tests use, with the real signatures
// (FormattedError's Locations, of package location, is left out).
package gqlerrors

// FormattedError is an entry of a result's errors.
type FormattedError struct {
	Message       string                 `json:"message"`
	Path          []interface{}          `json:"path,omitempty"`
	Extensions    map[string]interface{} `json:"extensions,omitempty"`
	originalError error
}

func (g FormattedError) Error() string { return g.Message }

// NewFormattedError returns an error with message.
func NewFormattedError(message string) FormattedError { return FormattedError{Message: message} }

// FormatError is what the executor does with a resolver's error: its
// Message is err.Error().
func FormatError(err error) FormattedError {
	return FormattedError{Message: err.Error(), originalError: err}
}
