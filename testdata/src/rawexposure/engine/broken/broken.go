// Package broken is a response helper package with no SurePassID evidence
// being typed: it does not compile. Its helpers are still summarized, and
// nothing panics.
package broken

import (
	"fmt"
	"net/http"
)

// Respond writes msg, then something undefined.
func Respond(w http.ResponseWriter, msg string) { // want Respond:`rawexposure\(param 1 reaches the HTTP response via http.Error\)`
	http.Error(w, msg, http.StatusBadRequest)
	fmt.Fprintln(w, notDeclared)
}

// Detail takes a parameter of an undefined type.
func Detail(w http.ResponseWriter, d Undefined) {
	fmt.Fprintln(w, d.Text)
}

// Half is cut in the middle of a call.
func Half(w http.ResponseWriter, msg string) { // want Half:`rawexposure\(param 1 reaches the HTTP response via http.Error\)`
	http.Error(w, msg,
}
