// Package pagekit renders the portal's error pages for every team; it
// knows nothing of SurePassID, so its helpers get only "parameter reaches
// a sink" facts.
package pagekit

import (
	"net/http"

	"rawexposure/oauthtempl/screens"
)

// Fail renders the alert page with the given detail.
func Fail(w http.ResponseWriter, r *http.Request, status int, detail string) { // want Fail:"param 3 reaches the HTML page a templ component renders"
	w.WriteHeader(status)
	_ = screens.Alert(screens.AlertProps{Heading: "Something went wrong", Detail: detail}).Render(r.Context(), w)
}

// Mail renders the same page for an e-mail: a buffer, no sink.
func Mail(r *http.Request, detail string) string {
	var b bufferWriter
	_ = screens.Alert(screens.AlertProps{Heading: "Account notice", Detail: detail}).Render(r.Context(), &b)
	return string(b)
}

type bufferWriter []byte

func (b *bufferWriter) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
