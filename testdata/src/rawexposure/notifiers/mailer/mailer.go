// Package mailer emails the end user; the interface method carries its own
// sink directive, so no flag is needed.
package mailer

import "context"

// Mailer sends an email to a user.
type Mailer interface {
	// Send emails subject and body to the address to.
	//
	//surepasslint:sink 2 3
	Send(ctx context.Context, to, subject, body string) error
}
