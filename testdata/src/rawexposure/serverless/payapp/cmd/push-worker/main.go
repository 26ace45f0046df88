// Command push-worker pushes sign-in requests from an SQS queue and texts
// the user when a push fails. Its error goes back to SQS, not to a user.
// The text reaches the end user through the team's notify.Notifier, an
// interface whose implementation posts to an SMS provider: its signature
// (SendText(ctx, phone, text)) says it texts a person.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/payapp/internal/notify"
	"rawexposure/serverless/payapp/internal/spclient"
)

type job struct {
	User  string `json:"user"`
	Phone string `json:"phone"`
}

type worker struct {
	sp *spclient.Client
	n  notify.Notifier
}

func (w *worker) handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		var j job
		if err := json.Unmarshal([]byte(m.Body), &j); err != nil {
			continue
		}
		res, err := w.sp.PushOTP(ctx, j.User)
		if err != nil {
			return err
		}
		if res.Failed() {
			log.Printf("push %s: %d %s", j.User, res.Status, res.Message)
			_ = w.n.SendText(ctx, j.Phone, "Sign-in push failed: "+res.Message) // want `raw SurePassID errorMessage \(from res.Message\) written to a message sent to the user`
		}
	}
	return nil
}

func main() {
	w := &worker{sp: spclient.New(), n: &notify.SMS{HTTP: http.DefaultClient}}
	lambda.Start(w.handle)
}
