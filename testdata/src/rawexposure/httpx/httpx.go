// Package httpx holds the response helpers the handlers share. It has
// nothing of SurePassID in it, but it imports the client package, so its
// helpers are checked and their facts exported.
package httpx

import (
	"encoding/json"
	"log"
	"net/http"

	"rawexposure/surepass"
)

var _ surepass.Client

// WriteError sends {"error": msg}: msg reaches the response.
func WriteError(w http.ResponseWriter, status int, msg string) { // want WriteError:`rawexposure\(param 2 reaches the HTTP response via json.Encoder.Encode\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// Fail logs err and sends a generic message: err does not reach the response.
func Fail(w http.ResponseWriter, err error) {
	log.Printf("request failed: %v", err)
	http.Error(w, "request failed", http.StatusBadGateway)
}
