// Package pushworker pushes sign-in requests from an SQS queue and tells
// the user when a push fails, by text message or email.
package pushworker

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/events"

	"rawexposure/notifiers/mailer"
	"rawexposure/notifiers/notify"
	"rawexposure/notifiers/spapi"
)

type job struct {
	User  string `json:"user"`
	Phone string `json:"phone"`
	Email string `json:"email"`
}

// Worker is the SQS handler.
type Worker struct {
	SP    *spapi.Client
	SMS   notify.Notifier
	Twil  *notify.SMS
	Mail  mailer.Mailer
	Pager notify.Pager
}

// Handle pushes one sign-in request per message.
func (w *Worker) Handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		var j job
		if err := json.Unmarshal([]byte(m.Body), &j); err != nil {
			continue
		}
		res, err := w.SP.PushOTP(ctx, j.User)
		if err != nil {
			return err
		}
		if !res.Failed() {
			continue
		}
		log.Printf("push %s: %d %s", j.User, res.Status, res.Message)
		_ = w.Pager.Page(ctx, "signin", fmt.Sprintf("push for %s failed: %d %s", j.User, res.Status, res.Message))
		_ = w.SMS.SendText(ctx, j.Phone, "We could not send your sign-in request. Open the app to try again.")
		_ = w.SMS.SendText(ctx, j.Phone, "Sign-in push failed: "+res.Message)             // want `raw SurePassID errorMessage \(from res.Message\) written to the user \(sink Notifier.SendText from -rawexposure.sinks\)`
		_ = w.Twil.SendText(ctx, j.Phone, fmt.Sprintf("Sign-in failed (%d)", res.Status)) // want `raw SurePassID return code \(from res.Status\) written to the user \(sink SMS.SendText from -rawexposure.sinks\)`
		_ = w.Mail.Send(ctx, j.Email, "Sign-in failed", res.Message)                      // want `raw SurePassID errorMessage \(from res.Message\) written to .*mailer.Mailer.Send`
		_ = w.Mail.Send(ctx, j.Email, "Sign-in failed", "Open the app to try again.")
	}
	return nil
}
