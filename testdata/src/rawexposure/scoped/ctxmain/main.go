// Command ctxmain serves a page behind mfamw.Require.
package main

import (
	"fmt"
	"log"
	"net/http"

	"rawexposure/scoped/mfa"
	"rawexposure/scoped/mfamw"
)

func page(w http.ResponseWriter, r *http.Request) {
	if msg, ok := r.Context().Value(mfamw.ErrKey{}).(string); ok {
		log.Printf("mfa: %s", msg)
		fmt.Fprintf(w, "sign-in failed: %s", msg) // want `raw SurePassID errorMessage \(from mfa.Verify\) written to the HTTP response`
		return
	}
	fmt.Fprintf(w, "welcome %v", r.Context().Value(mfamw.UserKey{}))
}

func main() {
	sp := &mfa.Client{HTTP: http.DefaultClient}
	http.Handle("/", mfamw.Require(sp, http.HandlerFunc(page)))
	_ = http.ListenAndServe(":8080", nil)
}
