// Package ui renders the portal's pages. Its helpers put text in front of
// the user; nothing here is SurePassID's, so only their directives tell the
// check that they are sinks.
package ui

import (
	"fmt"
	"log"
	"net/http"
)

// Flash shows msg in the banner of the next page.
//
//surepasslint:sink 1
func Flash(w http.ResponseWriter, msg string) {
	http.SetCookie(w, &http.Cookie{Name: "flash", Value: msg, Path: "/"})
}

// Page is what the layout template shows.
type Page struct{ Notices []string }

// Notice adds a formatted line to the page.
//
//surepasslint:sink 0...
func (p *Page) Notice(format string, args ...any) {
	p.Notices = append(p.Notices, fmt.Sprintf(format, args...))
}

// Pusher sends a notification to the user's phone.
type Pusher interface {
	//surepasslint:sink 1
	Push(user, text string) error
}

// Audit writes to the operators' log only: not a sink.
func Audit(format string, args ...any) { log.Printf(format, args...) }

// Toast shows a short notice: its title is fixed text, its body is shown.
//
//surepasslint:sink 1
func Toast(title, body string) {}
