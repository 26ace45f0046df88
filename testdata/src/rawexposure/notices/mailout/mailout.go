// Package mailout emails a customer about a failed enrollment with
// SendGrid: a mail built field by field (NewV3Mail, AddContent, a
// personalization's template data) or in one call, reported where the
// client sends it; a mail built and never sent, or holding the team's
// own words, is not.
package mailout

import (
	"context"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"

	"rawexposure/notices/spclient"
)

// Mailer sends the customer emails.
type Mailer struct {
	SP     *spclient.Client
	Client *sendgrid.Client
	From   *mail.Email
}

// Enrollment emails the refusal, the mail built step by step.
func (m *Mailer) Enrollment(ctx context.Context, user, email, psn string) error {
	a, err := m.SP.Enroll(ctx, user, psn)
	if err == nil {
		return nil
	}
	msg := mail.NewV3Mail()
	msg.SetFrom(m.From)
	msg.Subject = "Your security key"
	p := mail.NewPersonalization()
	p.AddTos(mail.NewEmail(user, email))
	msg.AddPersonalizations(p)
	msg.AddContent(mail.NewContent("text/plain", "Your key could not be registered: "+a.ErrorMessage))
	_, err = m.Client.SendWithContext(ctx, msg) // want `raw SurePassID errorMessage .*message sent to the user`
	return err
}

// Templated fills a dynamic template's data with the server's text.
func (m *Mailer) Templated(ctx context.Context, user, email, psn string) {
	a, err := m.SP.Enroll(ctx, user, psn)
	if err == nil {
		return
	}
	p := mail.NewPersonalization()
	p.AddTos(mail.NewEmail(user, email))
	p.SetDynamicTemplateData("reason", a.ErrorMessage)
	msg := mail.NewV3Mail().SetFrom(m.From).SetTemplateID("d-enroll-failed")
	msg.AddPersonalizations(p)
	_, _ = m.Client.Send(msg) // want `raw SurePassID errorMessage .*message sent to the user`
}

// OneCall builds the mail in one call and sends it.
func (m *Mailer) OneCall(ctx context.Context, user, email, psn string) {
	_, err := m.SP.Enroll(ctx, user, psn)
	if err == nil {
		return
	}
	letter := mail.NewSingleEmail(m.From, "Your security key", mail.NewEmail(user, email), "Registration failed: "+err.Error(), "<p>Registration failed.</p>")
	_, _ = m.Client.Send(letter) // want `raw SurePassID errorMessage .*message sent to the user`
}

// Preview builds the mail for the support console and never sends it.
func (m *Mailer) Preview(ctx context.Context, user, email, psn string) *mail.SGMailV3 {
	a, err := m.SP.Enroll(ctx, user, psn)
	if err == nil {
		return nil
	}
	msg := mail.NewV3Mail()
	msg.AddContent(mail.NewContent("text/plain", "Registration failed: "+a.ErrorMessage))
	_ = msg
	return nil
}

// Plain sends the team's own words.
func (m *Mailer) Plain(ctx context.Context, user, email, psn string) {
	if _, err := m.SP.Enroll(ctx, user, psn); err == nil {
		return
	}
	msg := mail.NewV3Mail()
	msg.SetFrom(m.From)
	p := mail.NewPersonalization()
	p.AddTos(mail.NewEmail(user, email))
	msg.AddPersonalizations(p)
	msg.AddContent(mail.NewContent("text/plain", "Your key could not be registered. Please contact support."))
	_, _ = m.Client.Send(msg)
}
