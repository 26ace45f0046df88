// Package audit records sign-in events for the operators.
package audit

import (
	"log"

	"example.com/kiosk/gateway"
)

// Record logs an answer. Its directive names an argument it does not have:
// reported once, at the directive.
//
//surepasslint:sink 2 // want rawexposure
func Record(user string, a *gateway.Answer) {
	log.Printf("user %s: verdict %d (%s)", user, a.Verdict, a.Reason)
}
