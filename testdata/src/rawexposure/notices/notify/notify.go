// Package notify sends customers their account notices by email.
package notify

import (
	"context"
	"fmt"
	"log"
	"net/smtp"
)

// Mailer delivers a message to a customer's mailbox.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// SMTPMailer relays through the corporate gateway.
type SMTPMailer struct {
	Addr, From string
}

// Send implements Mailer.
func (m *SMTPMailer) Send(_ context.Context, to, subject, body string) error { // want Send:"param 3 reaches a message sent to the user"
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.From, to, subject, body)
	return smtp.SendMail(m.Addr, nil, m.From, []string{to}, []byte(msg))
}

// LogMailer logs instead of sending (development).
type LogMailer struct{}

// Send implements Mailer.
func (LogMailer) Send(_ context.Context, to, subject, body string) error {
	log.Printf("mail to %s: %s (%d bytes)", to, subject, len(body))
	return nil
}

// Sendf formats a one-line notice.
func Sendf(ctx context.Context, m Mailer, to, subject, format string, args ...any) error { // want Sendf:"param 4 reaches a message sent to the user"
	return m.Send(ctx, to, subject, fmt.Sprintf(format, args...))
}
