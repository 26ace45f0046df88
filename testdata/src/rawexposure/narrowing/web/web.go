// Package web adapts handlers returning errors to net/http. Its adapters
// show the text of *apierr.Error only; Handler also sends every hint.
package web

import (
	"encoding/json"
	stderrors "errors"
	"log"
	"net/http"

	"github.com/cockroachdb/errors"

	"rawexposure/narrowing/apierr"
)

type problem struct {
	Title  string   `json:"title"`
	Detail string   `json:"detail,omitempty"`
	Hints  []string `json:"hints,omitempty"`
}

// Handler reports failure by returning an error.
type Handler func(w http.ResponseWriter, r *http.Request) error

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`rawexposure\(param recv reaches the HTTP response via web.writeProblem\)`
	if err := h(w, r); err != nil {
		writeProblem(w, err)
	}
}

func writeProblem(w http.ResponseWriter, err error) {
	body := problem{Title: "Internal Server Error"}
	status := http.StatusInternalServerError
	var pe *apierr.Error
	if errors.As(err, &pe) {
		status, body.Title, body.Detail = pe.Status, pe.Title, pe.Error()
	}
	body.Hints = errors.GetAllHints(err)
	log.Printf("request failed: %v (%s)", err, errors.FlattenDetails(err))
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// Wrap is the standard library's spelling: only *apierr.Error's text.
func Wrap(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc { // want Wrap:`rawexposure\(param 0 reaches the HTTP response via http.Error\)`
	return func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		var ae *apierr.Error
		if stderrors.As(err, &ae) {
			http.Error(w, ae.Error(), ae.Status)
			return
		}
		log.Printf("handler: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// Render is a type switch: only *apierr.Error's text.
func Render(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc { // want Render:`rawexposure\(param 0 reaches the HTTP response via http.Error\)`
	return func(w http.ResponseWriter, r *http.Request) {
		switch e := h(w, r).(type) {
		case nil:
		case *apierr.Error:
			http.Error(w, e.Error(), e.Status)
		default:
			log.Printf("handler: %v", e)
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}
}

// Assert is a type assertion: only *apierr.Error's text.
func Assert(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc { // want Assert:`rawexposure\(param 0 reaches the HTTP response via http.Error\)`
	return func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if ae, ok := err.(*apierr.Error); ok {
			http.Error(w, ae.Error(), ae.Status)
		} else if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}
}

// Plain writes the text of every error.
func Plain(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc { // want Plain:`rawexposure\(param 0 reaches the HTTP response via http.Error\)`
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	}
}
