// Package httpx is a module's shared response helpers. It has no SurePassID
// evidence of its own and imports nothing that has: its helpers still get
// facts saying which parameters reach the user, so that callers in
// SurePassID-aware packages are checked through them.
package httpx

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Respond writes {"error": msg} with the status.
func Respond(w http.ResponseWriter, status int, msg string) { // want Respond:`rawexposure\(param 2 reaches the HTTP response via json.Encoder.Encode\)`
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// WriteErr writes the error's text.
func WriteErr(w http.ResponseWriter, err error) { // want WriteErr:`rawexposure\(param 1 reaches the HTTP response via http.Error\)`
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Fail aborts a gin request with {"error": msg}.
func Fail(c *gin.Context, msg string) { // want Fail:`rawexposure\(param 1 reaches .*AbortWithStatusJSON\)`
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": msg})
}

// Problem writes an RFC 7807 body through an unexported helper.
func Problem(w http.ResponseWriter, title, detail string) { // want Problem:`rawexposure\(param 1 reaches .*; param 2 reaches .*\)`
	writeJSON(w, http.StatusBadRequest, problem{Title: title, Detail: format(detail)})
}

type problem struct {
	Title  string `json:"title"`
	Detail string `json:"detail"`
}

func format(s string) string { return "detail: " + s }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// Logged logs the error and writes a generic text: err does not reach the
// response, so Logged has no fact.
func Logged(w http.ResponseWriter, err error) {
	log.Printf("request failed: %v", err)
	http.Error(w, "request failed", http.StatusBadGateway)
}

// Status writes only a status: nothing reaches the body.
func Status(w http.ResponseWriter, status int) {
	w.WriteHeader(status)
}
