// Package helpdesk mails members about their authenticator enrollment
// with go-mail's template bodies.
package helpdesk

import (
	"context"
	"log"

	mail "github.com/wneessen/go-mail"

	"rawexposure/notices/mailtpl"
	"rawexposure/notices/spclient"
)

// Desk sends the help desk's mail.
type Desk struct {
	client *mail.Client
	sp     *spclient.Client
}

func (d *Desk) newMsg(to string) (*mail.Msg, error) {
	msg := mail.NewMsg()
	if err := msg.To(to); err != nil {
		return nil, err
	}
	msg.Subject("Your authenticator")
	return msg, nil
}

// Enrolled tells the member how enrollment went, the data a literal.
func (d *Desk) Enrolled(ctx context.Context, to, name, psn string) error { // want Enrolled:"param 2 reaches a message sent to the user"
	a, err := d.sp.Enroll(ctx, name, psn)
	msg, merr := d.newMsg(to)
	if merr != nil {
		return merr
	}
	if err != nil {
		if terr := msg.SetBodyTextTemplate(mailtpl.Text, mailtpl.Notice{Name: name, Headline: "Setup failed.", Reason: a.ErrorMessage}); terr != nil { // want `raw SurePassID errorMessage .*message sent to the user`
			return terr
		}
		_ = msg.AddAlternativeHTMLTemplate(mailtpl.HTML, &mailtpl.Notice{Name: name, Reason: err.Error()}) // want `raw SurePassID errorMessage .*message sent to the user`
		return d.client.DialAndSendWithContext(ctx, msg)
	}
	_ = msg.SetBodyTextTemplate(mailtpl.Text, mailtpl.Notice{Name: name, Headline: "You are all set."})
	return d.client.DialAndSendWithContext(ctx, msg)
}

// Retry builds the data first, in a variable and through the template
// package's helper.
func (d *Desk) Retry(ctx context.Context, to, name, psn string) error { // want Retry:"param 2 reaches a message sent to the user"
	a, err := d.sp.Enroll(ctx, name, psn)
	if err == nil {
		return nil
	}
	msg, merr := d.newMsg(to)
	if merr != nil {
		return merr
	}
	data := mailtpl.Notice{Name: name, Headline: "Please try again."}
	data.Reason = err.Error()
	if terr := msg.SetBodyHTMLTemplate(mailtpl.HTML, data); terr != nil { // want `raw SurePassID errorMessage .*message sent to the user`
		return terr
	}
	failure := mailtpl.Refused(name, a)
	if terr := msg.AddAlternativeTextTemplate(mailtpl.Text, failure); terr != nil { // want `raw SurePassID errorMessage .*message sent to the user`
		return terr
	}
	return d.client.DialAndSendWithContext(ctx, msg)
}

// friendly is the desk's own text for a refusal.
func friendly(code int) string {
	if code == 9030 {
		return "This token is already registered to another account."
	}
	return "We could not set up your authenticator. Please contact the help desk."
}

// RetryQuiet is Retry's twin: the template data holds the desk's own
// text (the same Notice type carries raw text in Retry and in mailtpl),
// and the raw message goes to the log.
func (d *Desk) RetryQuiet(ctx context.Context, to, name, psn string) error { // want RetryQuiet:"param 2 reaches a message sent to the user"
	a, err := d.sp.Enroll(ctx, name, psn)
	if err == nil {
		return nil
	}
	log.Printf("enroll %s: %v", name, err)
	msg, merr := d.newMsg(to)
	if merr != nil {
		return merr
	}
	data := mailtpl.Notice{Name: name, Headline: "Please try again."}
	if a != nil {
		data.Reason = friendly(a.ErrorCode)
	}
	if terr := msg.SetBodyHTMLTemplate(mailtpl.HTML, data); terr != nil {
		return terr
	}
	_ = msg.SetBodyTextTemplate(mailtpl.Text, mailtpl.Notice{Name: name, Reason: friendly(a.ErrorCode)})
	return d.client.DialAndSendWithContext(ctx, msg)
}
