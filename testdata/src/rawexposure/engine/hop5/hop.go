// Package hop5 is the last link of the chain: it writes the message.
package hop5

import (
	"fmt"
	"net/http"
)

// Respond writes msg as the body.
func Respond(w http.ResponseWriter, msg string) { // want Respond:`rawexposure\(param 1 reaches the HTTP response via fmt.Fprintln\)`
	w.WriteHeader(http.StatusUnauthorized)
	fmt.Fprintln(w, msg)
}
