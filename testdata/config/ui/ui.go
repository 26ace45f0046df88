// Package ui renders the kiosk's screens.
package ui

import (
	"log"
	"net/http"
)

// Flash shows msg on the kiosk's screen after the redirect.
//
//surepasslint:sink 1
func Flash(w http.ResponseWriter, msg string) {
	http.SetCookie(w, &http.Cookie{Name: "flash", Value: msg, Path: "/"})
}

// Trace writes to the operators' log only.
func Trace(format string, args ...any) { log.Printf(format, args...) }
