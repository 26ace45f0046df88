package main

import (
	"log"
	"net/http"

	"rawexposure/scoped/httph"
)

// safeWrap logs the error and writes a fixed text: quiet.
func safeWrap(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			log.Printf("%s: %v", r.URL.Path, err)
			http.Error(w, "Sign-in failed.", http.StatusUnauthorized)
		}
	})
}

func internalRoutes(h *httph.Handlers) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/login", safeWrap(h.Login))
	return mux
}
