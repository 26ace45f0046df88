// Package hop3 is link 3 of a chain of helper packages with no SurePassID
// evidence: each passes the message on to the next, the last writes it.
package hop3

import (
	"net/http"

	"rawexposure/engine/hop4"
)

// Respond passes msg on to hop4.Respond.
func Respond(w http.ResponseWriter, msg string) { // want Respond:`rawexposure\(param 1 reaches the HTTP response via hop4.Respond\)`
	hop4.Respond(w, "hop3: "+msg)
}
