// Package hop2 is link 2 of a chain of helper packages with no SurePassID
// evidence: each passes the message on to the next, the last writes it.
package hop2

import (
	"net/http"

	"rawexposure/engine/hop3"
)

// Respond passes msg on to hop3.Respond.
func Respond(w http.ResponseWriter, msg string) { // want Respond:`rawexposure\(param 1 reaches the HTTP response via hop3.Respond\)`
	hop3.Respond(w, "hop2: "+msg)
}
