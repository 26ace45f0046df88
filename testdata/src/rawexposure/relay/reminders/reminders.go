// Package reminders e-mails customers about unfinished set-up steps.
package reminders

import (
	"context"
	"html"

	"rawexposure/relay/mailapi"
)

// Reminders composes the set-up reminders.
type Reminders struct {
	Mail mailapi.Sender
}

// Unfinished reminds the customer that their token is not set up, with the
// note it is given.
func (r *Reminders) Unfinished(ctx context.Context, to, note string) error { // want Unfinished:"param 2 reaches a message sent to the user .* via mailapi.Sender.SendEmail"
	return r.Mail.SendEmail(ctx, to, "Finish setting up your token", "<p>"+html.EscapeString(note)+"</p>")
}

// Nudge sends the fixed reminder; the note is for the log line the caller
// writes.
func (r *Reminders) Nudge(ctx context.Context, to, note string) error {
	return r.Mail.SendEmail(ctx, to, "Finish setting up your token", "<p>Open the app to finish.</p>")
}
