// Package ui renders pages; its helpers put text in front of the user. It
// has nothing to do with SurePassID by itself, so the sink directives alone
// do not make it (or its importers) a SurePassID package.
package ui

import (
	"fmt"
	"net/http"
)

// Flash shows msg in the page's banner on the next render.
//
//surepasslint:sink 1
func Flash(w http.ResponseWriter, msg string) {
	http.SetCookie(w, &http.Cookie{Name: "flash", Value: msg})
}

// Page collects what a template shows.
type Page struct{ lines []string }

// Notice formats a line shown on the page.
//
//surepasslint:sink 0... // the format and every argument are shown
func (p *Page) Notice(format string, args ...any) {
	p.lines = append(p.lines, fmt.Sprintf(format, args...))
}

// Notifier pushes a message to the user's device.
type Notifier interface {
	//surepasslint:sink 1
	Push(user, text string) error
}

// Log is not a sink: it writes to the server log only.
func Log(format string, args ...any) {}
