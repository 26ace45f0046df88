// Package typeerr does not compile: the check must still run and not panic.
package typeerr

import (
	"fmt"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

type Response struct {
	codes.Envelope
}

func handle(w http.ResponseWriter, resp Response) {
	msg := resp.ErrorMessage + undefinedThing
	http.Error(w, msg, http.StatusUnauthorized)        // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	fmt.Fprintf(w, "%s", resp.ErrorMessage, missing()) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	w.Write(resp.ErrorMessage)                         // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	var x int = resp.ErrorMessage
	http.Error(w, resp.NoSuchField, 500)
	unknownSink(w, resp.ErrorMessage)
	_ = x
}
