package broken // want "relevant package"

import "net/http"

// Directives on declarations that do not type-check: nothing is reported
// for them (the compiler reports the type errors), nothing panics.

//surepasslint:codetype
type Pending undefinedBase

type Half struct {
	Result missingType //surepasslint:codefield
	Detail alsoMissing //surepasslint:messagefield
}

//surepasslint:sink 1
func flash(w http.ResponseWriter, msg undefinedText) {}

//surepasslint:sink 5 // want `bad //surepasslint:sink on toast: argument 5 does not exist`
func toast(msg string) {}

func useHalf(h Half, p Pending) {
	flash(nil, h.Detail) // want "sink 1"
	_ = p
}
