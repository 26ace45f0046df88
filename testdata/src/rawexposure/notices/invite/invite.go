// Package invite emails new members about their authenticator setup with
// go-mail, and the legacy tenant tool with gomail.
package invite

import (
	"context"
	"fmt"
	"log"

	mail "github.com/wneessen/go-mail"
	"gopkg.in/gomail.v2"

	"rawexposure/notices/spclient"
)

// Mailer sends member mail.
type Mailer struct {
	client *mail.Client
	sp     *spclient.Client
}

// SetupProblem tells the member why their token could not be set up.
func (m *Mailer) SetupProblem(ctx context.Context, to, name, psn string) error { // want SetupProblem:"param 2 reaches a message sent to the user"
	a, err := m.sp.Enroll(ctx, name, psn)
	if err == nil {
		return nil
	}
	log.Printf("enroll %s: %v", name, err)
	msg := mail.NewMsg()
	if err := msg.To(to); err != nil {
		return err
	}
	msg.Subject("Action needed: " + a.ErrorMessage)                                          // want `raw SurePassID errorMessage .*message sent to the user`
	msg.SetBodyString(mail.TypeTextPlain, fmt.Sprintf("Hi %s, setup failed: %v", name, err)) // want `raw SurePassID errorMessage .*message sent to the user`
	msg.AddAlternativeString(mail.TypeTextHTML, "<p>Setup failed: "+a.ErrorMessage+"</p>")   // want `raw SurePassID errorMessage .*message sent to the user`
	return m.client.DialAndSendWithContext(ctx, msg)
}

// Reminder is fixed text.
func (m *Mailer) Reminder(ctx context.Context, to, name string) error { // want Reminder:"param 2 reaches a message sent to the user"
	msg := mail.NewMsg()
	if err := msg.To(to); err != nil {
		return err
	}
	msg.Subject("Finish setting up your authenticator")
	msg.SetBodyString(mail.TypeTextPlain, "Hi "+name+", open the console to finish.")
	return m.client.DialAndSendWithContext(ctx, msg)
}

// legacyNotice is the tenant tool's gomail message.
func legacyNotice(ctx context.Context, sp *spclient.Client, name, psn string) *gomail.Message {
	g := gomail.NewMessage()
	g.SetHeader("Subject", "Token registration")
	if _, err := sp.Enroll(ctx, name, psn); err != nil {
		g.SetBody("text/plain", "Registration failed: "+err.Error()) // want `raw SurePassID errorMessage .*message sent to the user`
		return g
	}
	g.SetBody("text/plain", "Your token is registered.")
	return g
}

var _ = legacyNotice
