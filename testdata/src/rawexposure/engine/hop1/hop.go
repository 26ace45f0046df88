// Package hop1 is link 1 of a chain of helper packages with no SurePassID
// evidence: each passes the message on to the next, the last writes it.
package hop1

import (
	"net/http"

	"rawexposure/engine/hop2"
)

// Respond passes msg on to hop2.Respond.
func Respond(w http.ResponseWriter, msg string) { // want Respond:`rawexposure\(param 1 reaches the HTTP response via hop2.Respond\)`
	hop2.Respond(w, "hop1: "+msg)
}
