// Command httpapp serves httph's handlers through wrap, which writes the
// text of the error a handler returns.
package main

import (
	"net/http"

	"rawexposure/scoped/httph"
	"rawexposure/scoped/mfa"
)

func wrap(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
		}
	}
}

func main() {
	h := &httph.Handlers{MFA: &mfa.Client{HTTP: http.DefaultClient}}
	mux := http.NewServeMux()
	mux.Handle("/login", wrap(h.Login)) // want `raw SurePassID errorMessage \(from mfa.Verify\) returned by httph.Handlers.Login, whose errors the adapter it is passed to writes to the client`
	mux.Handle("/health", wrap(h.Health))
	_ = http.ListenAndServe(":8080", mux)
}
