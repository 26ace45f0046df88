// Package texts sends the portal's SMS notices through whichever gateway
// main wires in.
package texts

import "context"

// Gateway delivers one SMS.
type Gateway interface {
	SendSMS(ctx context.Context, phone, text string) error
}

// Notices are the SMS notices the services send.
type Notices interface {
	Refused(ctx context.Context, phone, reason string) error // want Refused:"param 2 reaches a message sent to the user .* via texts.Gateway.SendSMS"
	Reminder(ctx context.Context, phone, reason string) error
}

// New returns the Notices over gw.
func New(gw Gateway) Notices { return &notices{gw: gw} }

type notices struct{ gw Gateway }

func (n *notices) Refused(ctx context.Context, phone, reason string) error { // want Refused:"param 2 reaches a message sent to the user"
	return n.gw.SendSMS(ctx, phone, "Your sign-in token was refused: "+reason)
}

func (n *notices) Reminder(ctx context.Context, phone, reason string) error {
	_ = reason // kept for the signature; the text is fixed
	return n.gw.SendSMS(ctx, phone, "Finish setting up your sign-in token in the app.")
}
