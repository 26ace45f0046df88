// Package hop4 is link 4 of a chain of helper packages with no SurePassID
// evidence: each passes the message on to the next, the last writes it.
package hop4

import (
	"net/http"

	"rawexposure/engine/hop5"
)

// Respond passes msg on to hop5.Respond.
func Respond(w http.ResponseWriter, msg string) { // want Respond:`rawexposure\(param 1 reaches the HTTP response via hop5.Respond\)`
	hop5.Respond(w, "hop4: "+msg)
}
