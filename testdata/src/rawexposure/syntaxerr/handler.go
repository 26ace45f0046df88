// Package syntaxerr is an OTP handler caught mid-edit: a statement further
// down is half typed, so the file does not parse. The raw message is still
// reported, but no fix is offered.
package syntaxerr

import (
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

// Response is SurePassID's reply.
type Response struct {
	codes.Envelope
}

func validate(r *http.Request) Response { return Response{} }

func signIn(w http.ResponseWriter, r *http.Request) {
	resp := validate(r)
	if resp.ErrorCode != codes.Success {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func audit(r *http.Request) {
	if r.Method == {
	}
}
