// Package activation binds hardware tokens for a background worker and // want package:`fields .*inbox.Notice.Body raw errorMessage`
// tells the customer how it went in the portal's inbox and by push; the
// audit trail, the on-call team and the risk service get the details.
package activation

import (
	"context"
	"fmt"
	"log"

	"rawexposure/notices/alerts"
	"rawexposure/notices/audit"
	"rawexposure/notices/events"
	"rawexposure/notices/inbox"
	"rawexposure/notices/pushq"
	"rawexposure/notices/spclient"
)

// Message is the worker's own message to a customer.
type Message struct {
	Recipient string
	Subject   string
	Text      string // want Text:"raw errorMessage from activation.Message.Text"
}

// Courier sends a Message through whatever channel the customer chose.
type Courier interface {
	Deliver(ctx context.Context, m *Message) error
}

// Job holds the worker's dependencies.
type Job struct {
	SP      *spclient.Client
	Inbox   *inbox.Store
	Push    *pushq.Queue
	Courier Courier
	Trail   audit.Trail
	Logs    audit.Sink
	OnCall  alerts.Notifier
	Bus     events.Bus
}

// Activate binds serial to the customer's account.
func (j *Job) Activate(ctx context.Context, userID, user, serial, device string) error { // want Activate:"param 3 reaches a message sent to the user"
	a, err := j.SP.Enroll(ctx, user, serial)
	if err != nil {
		log.Printf("activate %s for %s: %v", serial, user, err)
		_ = j.Trail.Record(ctx, audit.Event{UserID: userID, Action: "token.activate", Message: err.Error()})
		_ = j.Logs.Send(ctx, audit.Entry{UserID: userID, Text: err.Error()})
		_ = j.OnCall.Notify(ctx, alerts.Alert{Team: "identity", Severity: "high", Summary: "activation failed", Details: err.Error()})
		_ = j.Bus.Send(ctx, events.TokenRejected{UserID: userID, Serial: serial, Message: err.Error()})
		_ = j.Bus.Deliver(ctx, events.TokenRejected{UserID: userID, Serial: serial, Message: err.Error()})
		return j.Inbox.Post(ctx, inbox.Notice{UserID: userID, Severity: inbox.Problem, Title: "Token not activated", Body: fmt.Sprintf("We couldn't activate token %s: %v", serial, err)}) // want `raw SurePassID errorMessage .*message sent to the user`
	}
	_ = j.Push.Enqueue(ctx, &pushq.Push{DeviceToken: device, Title: "Token activated", Text: "Token " + serial + " is active.", Badge: 1})
	return j.Inbox.Post(ctx, inbox.Notice{UserID: userID, Severity: inbox.Info, Title: "Token activated", Body: "Token " + serial + " is active. " + a.QRCodeURL})
}

// Resync re-enrolls a token and pushes the outcome to the customer's phone.
func (j *Job) Resync(ctx context.Context, user, serial, device string) {
	a, err := j.SP.Enroll(ctx, user, serial)
	if err == nil {
		return
	}
	_ = j.Push.Enqueue(ctx, &pushq.Push{DeviceToken: device, Title: "Resync failed", Text: a.ErrorMessage}) // want `raw SurePassID errorMessage .*message sent to the user`
}

// retry builds the notice first and fills it in as it goes.
func (j *Job) retry(ctx context.Context, userID, user, serial string) error {
	n := inbox.Notice{UserID: userID, Severity: inbox.Info}
	if _, err := j.SP.Enroll(ctx, user, serial); err != nil {
		n.Severity = inbox.Problem
		n.Title = "Retry failed"
		n.Body = err.Error()
	} else {
		n.Title = "Token activated"
	}
	return j.Inbox.Post(ctx, n) // want `raw SurePassID errorMessage .*message sent to the user`
}

// Pair activates two tokens and posts both outcomes at once.
func (j *Job) Pair(ctx context.Context, userID, user, first, second string) error {
	_, err1 := j.SP.Enroll(ctx, user, first)
	_, err2 := j.SP.Enroll(ctx, user, second)
	if err1 == nil && err2 == nil {
		return nil
	}
	return j.Inbox.PostAll(ctx, []*inbox.Notice{ // want `raw SurePassID errorMessage .*message sent to the user`
		{UserID: userID, Title: "First token", Body: fmt.Sprint(err1)},
		{UserID: userID, Title: "Second token", Body: fmt.Sprint(err2)},
	})
}

// Tell writes to the customer through the courier of their choice.
func (j *Job) Tell(ctx context.Context, email, user, serial string) error {
	if _, err := j.SP.Enroll(ctx, user, serial); err != nil {
		return j.Courier.Deliver(ctx, &Message{Recipient: email, Subject: "Token activation", Text: "Activation failed: " + err.Error()}) // want `raw SurePassID errorMessage .*message sent to the user`
	}
	return j.Courier.Deliver(ctx, &Message{Recipient: email, Subject: "Token activation", Text: "Your token is active."})
}

var _ = (*Job).retry
