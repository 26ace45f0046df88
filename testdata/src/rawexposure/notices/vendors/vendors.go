// Package vendors tells customers about their token by Twilio SMS,
// SendGrid email and a Firebase push; the ops topic gets fixed text.
package vendors

import (
	"context"
	"log"

	"firebase.google.com/go/v4/messaging"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	twilioApi "github.com/twilio/twilio-go/rest/api/v2010"

	"rawexposure/notices/spclient"
)

// Notifier reaches customers through the vendors.
type Notifier struct {
	SP     *spclient.Client
	SMS    *twilioApi.ApiService
	FCM    *messaging.Client
	Mail   *sendgrid.Client
	Sender *mail.Email
}

// Failed tells the customer enrollment failed, on every channel.
func (n *Notifier) Failed(ctx context.Context, user, phone, email, device, psn string) {
	a, err := n.SP.Enroll(ctx, user, psn)
	if err == nil {
		return
	}
	log.Printf("enroll %s: %v", user, err)
	params := &twilioApi.CreateMessageParams{}
	params.SetTo(phone)
	params.SetBody("Token not registered: " + a.ErrorMessage)
	_, _ = n.SMS.CreateMessage(params) // want `raw SurePassID errorMessage .*message sent to the user`

	body := "Token not registered: " + err.Error()
	_, _ = n.SMS.CreateMessage(&twilioApi.CreateMessageParams{To: &phone, Body: &body}) // want `raw SurePassID errorMessage .*message sent to the user`

	_, _ = n.Mail.Send(mail.NewSingleEmail(n.Sender, "Token registration", mail.NewEmail(user, email), "Registration failed: "+err.Error(), "<p>Registration failed.</p>")) // want `raw SurePassID errorMessage .*message sent to the user`

	_, _ = n.FCM.Send(ctx, &messaging.Message{
		Token:        device,
		Notification: &messaging.Notification{Title: "Token not registered", Body: a.ErrorMessage}, // want `raw SurePassID errorMessage .*message sent to the user`
	})
	_, _ = n.FCM.Send(ctx, &messaging.Message{
		Topic:        "ops-enrollment",
		Notification: &messaging.Notification{Title: "Enrollment failure", Body: "see the logs"},
	})
}
