package rawexposure_test

import "testing"

// TestCtorField: a result built by a constructor, a setter or a functional
// option storing its parameter in an unexported field carries the raw
// message to its accessor, in importers too; another vendor's stays quiet.
func TestCtorField(t *testing.T) {
	checkFixed(t, "rawexposure/ctorfield/...")
}

// TestAccumulator: a struct of the package built in a function (a notice
// sheet filled through its pointer methods, a PDF letter page from a
// constructor, an echo view model whose Notices a handler appends to) holds
// what that instance was given: a page quoting the server is raw, a page
// of fixed text is not, though other instances of the type (a mailer's
// current page, a handler's kept view model) were given the server's text.
func TestAccumulator(t *testing.T) {
	checkFixed(t, "rawexposure/accum/...")
}

// TestValueFields: a field some function fills with the server's text
// (Result.Note of BindVerbose) carries it only in the values that came
// from such a function: a Result from Bind, a service layer's call of it,
// a fresh pointer or the handler's own literal holds our text, while a
// local that may hold either result, a pointer given to a method filling
// the field, and a field encoders skip (json:"-") stay raw.
func TestValueFields(t *testing.T) {
	checkFixed(t, "rawexposure/valuefields/...")
}

// TestGeneratedEnvelope: an oapi-codegen client's envelope of pointer
// fields, its enum known only by values (ResultCodeN9003) or aliased by
// hand, read through the team's nil-safe accessors (Message, Code,
// GetErrorMessage, a (string, bool) Text, Detail over ptr.Deref) and
// lo.FromPtr, through an interface pass-through returning the client's
// error and into a mailed body, is raw; the same text only logged, the
// code mapped to our own words, a pass-through returning its own error and
// another vendor's generated envelope of the same shape stay quiet.
func TestGeneratedEnvelope(t *testing.T) {
	checkFixed(t, "rawexposure/oapienv/...")
}
