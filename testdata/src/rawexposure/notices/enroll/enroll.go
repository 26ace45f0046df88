// Package enroll registers customers' soft tokens and tells them how it
// went: by email, by SMS, and (for failures operators must look at) by
// paging the on-call team.
package enroll

import (
	"context"
	"log"

	"rawexposure/notices/notify"
	"rawexposure/notices/pager"
	"rawexposure/notices/smsgw"
	"rawexposure/notices/spclient"
)

// Texter is what the service needs of an SMS sender.
type Texter interface {
	SendText(ctx context.Context, phone, text string) error
}

// Service enrolls devices.
type Service struct {
	SP    *spclient.Client
	Mail  notify.Mailer
	SMS   *smsgw.Client
	Text  Texter
	Pager pager.Pager
	Ops   pager.Ops
}

// Customer is who we write to.
type Customer struct{ User, Email, Mobile string }

// Enroll registers psn for c.
func (s *Service) Enroll(ctx context.Context, c Customer, psn string) error { // want Enroll:"result 0 raw errorMessage"
	a, err := s.SP.Enroll(ctx, c.User, psn)
	if err != nil {
		log.Printf("enroll %s: %v", c.User, err)
		_ = s.Mail.Send(ctx, c.Email, "Token registration", "We could not register your token: "+err.Error()) // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.SMS.Notify(ctx, c.Mobile, "Token not registered: "+a.ErrorMessage)                              // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Text.SendText(ctx, c.Mobile, err.Error())                                                        // want `raw SurePassID errorMessage .*message sent to the user`
		_ = notify.Sendf(ctx, s.Mail, c.Email, "Token registration", "Registration failed (%v).", err)          // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Pager.Page(ctx, "identity", "enrollment failed: "+err.Error())
		_ = s.Ops.PostMessage(ctx, "#identity-alerts", "enrollment failed: "+a.ErrorMessage)
		return err
	}
	_ = s.Mail.Send(ctx, c.Email, "Token registration", "Your token is ready: "+a.QRCodeURL)
	_ = s.SMS.Notify(ctx, c.Mobile, "Your token is ready.")
	return nil
}

// Remind texts a fixed reminder; the answer only goes to the log.
func (s *Service) Remind(ctx context.Context, c Customer) {
	if err := s.SMS.Notify(ctx, c.Mobile, "Finish activating your token in the app."); err != nil {
		log.Printf("reminder to %s: %v", c.Mobile, err)
	}
}
