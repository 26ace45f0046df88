// Package outbox writes to the portal's customers: e-mail through the
// corporate relay, letters queued for the mailing service, pages to the
// on-call team. It knows nothing about sign-in; the services that do pass
// it the text to send.
package outbox

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/smtp"
	"strings"
	"text/template"
)

// Transport delivers one e-mail.
type Transport interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Relay is the SMTP Transport.
type Relay struct {
	Addr, From string
	Auth       smtp.Auth
}

// Send implements Transport.
func (r *Relay) Send(_ context.Context, to, subject, body string) error { // want Send:"param 2 reaches a message sent to the user.*param 3 reaches"
	msg := "From: " + r.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(r.Addr, r.Auth, r.From, []string{to}, []byte(msg))
}

// Letter is one message for the mailing service's queue.
type Letter struct {
	To      string
	Subject string
	Body    string
}

// Queue hands letters to the mailing service.
type Queue interface {
	Enqueue(ctx context.Context, l Letter) error
}

// Pager reaches the on-call engineer.
type Pager interface {
	Page(ctx context.Context, team, text string) error
}

// Courier composes the customer notices.
type Courier struct {
	mail   Transport
	queue  Queue
	oncall Pager
	log    *slog.Logger
}

// NewCourier builds a Courier.
func NewCourier(t Transport, q Queue, p Pager, log *slog.Logger) *Courier {
	return &Courier{mail: t, queue: q, oncall: p, log: log}
}

// TokenRefused tells the customer their new token was not accepted, quoting
// the reason it is given.
func (c *Courier) TokenRefused(ctx context.Context, to, reason string) { // want TokenRefused:"param 2 reaches a message sent to the user .* via outbox.Transport.Send"
	body := fmt.Sprintf("Your new sign-in token was not accepted.\n\nReason: %s\n", reason)
	if err := c.mail.Send(ctx, to, "Sign-in token not accepted", body); err != nil {
		c.log.ErrorContext(ctx, "token mail", "err", err)
	}
}

// Problem e-mails a formatted account problem.
func (c *Courier) Problem(ctx context.Context, addr, subject, format string, args ...any) error { // want Problem:"param 2 reaches .*; param 3 reaches .*; param 4 reaches .* via outbox.Transport.Send"
	return c.mail.Send(ctx, addr, subject, fmt.Sprintf(format, args...))
}

// Suspended queues a letter telling the customer why their online access
// was suspended.
func (c *Courier) Suspended(ctx context.Context, to, why string) error { // want Suspended:"param 1 reaches a message sent to the user .* via outbox.Queue.Enqueue; param 2 reaches"
	l := Letter{To: to, Subject: "Online access suspended"}
	l.Body = "We suspended online access to your account: " + why
	return c.queue.Enqueue(ctx, l)
}

// Traced sends a fixed notice and keeps the reason for the log.
func (c *Courier) Traced(ctx context.Context, to, reason string) {
	c.log.InfoContext(ctx, "sign-in problem", "to", to, "reason", reason)
	_ = c.mail.Send(ctx, to, "Sign-in problem", "We could not complete your sign-in. Please try again.")
}

// Escalate pages the identity team with the reason.
func (c *Courier) Escalate(ctx context.Context, account, reason string) {
	_ = c.oncall.Page(ctx, "identity", "account "+account+": "+reason)
}

// Declined tells the customer their sign-in was declined, in the portal's
// own words for the kind of refusal.
func (c *Courier) Declined(ctx context.Context, to, reason string) {
	body := "Your sign-in was declined. Please try again."
	if strings.Contains(strings.ToLower(reason), "locked") {
		body = "Your account is locked. Please call us to unlock it."
	}
	_ = c.mail.Send(ctx, to, "Sign-in declined", body)
}

// Welcome e-mails a new customer, with a note from whoever signed them up.
func Welcome(ctx context.Context, t Transport, to, note string) error { // want Welcome:"param 3 reaches a message sent to the user"
	return t.Send(ctx, to, "Welcome to GridPower", "Welcome!\n\n"+note)
}

var refusedTmpl = template.Must(template.New("refused").Parse("Dear customer,\n\nYour request was refused: {{.Reason}}\n"))

// RefusedLetter renders the refusal letter and e-mails it.
func (c *Courier) RefusedLetter(ctx context.Context, to, reason string) error { // want RefusedLetter:"param 2 reaches a message sent to the user .* via outbox.Courier.deliver"
	var buf bytes.Buffer
	if err := refusedTmpl.Execute(&buf, struct{ Reason string }{reason}); err != nil {
		return err
	}
	return c.deliver(ctx, to, "Your request", buf.String())
}

// Lockout writes the lock-out notice line by line.
func (c *Courier) Lockout(ctx context.Context, to, detail string) error { // want Lockout:"param 2 reaches a message sent to the user .* via outbox.Courier.deliver"
	var b strings.Builder
	fmt.Fprintf(&b, "Your account was locked.\n")
	fmt.Fprintf(&b, "Details: %s\n", detail)
	return c.deliver(ctx, to, "Account locked", b.String())
}

// deliver sends one notice, logging a failure.
func (c *Courier) deliver(ctx context.Context, addr, subject, text string) error {
	if err := c.mail.Send(ctx, addr, subject, text); err != nil {
		c.log.ErrorContext(ctx, "notice", "err", err)
		return err
	}
	return nil
}
