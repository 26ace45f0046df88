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
