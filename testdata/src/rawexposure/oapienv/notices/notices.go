// Package notices mails approvers the outcome of their requests.
package notices

import (
	"context"
	"errors"
	"fmt"
	"log"

	"rawexposure/oapienv/spclient"
)

// Mailer delivers a plain-text email.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Notifier mails outcomes.
type Notifier struct{ Mail Mailer }

// Failed mails the reason a code could not be sent.
func (n *Notifier) Failed(ctx context.Context, to string, sendErr error) {
	var apiErr *spclient.APIError
	if errors.As(sendErr, &apiErr) {
		body := fmt.Sprintf("We could not send your code.\n\nReason: %s\n", apiErr.Message)
		_ = n.Mail.Send(ctx, to, "Code not sent", body) // want `raw SurePassID errorMessage`
		return
	}
	_ = n.Mail.Send(ctx, to, "Code not sent", "We could not send your code. Please try again.")
}

// FailedQuietly logs the server's text and mails our own.
func (n *Notifier) FailedQuietly(ctx context.Context, to string, sendErr error) {
	var apiErr *spclient.APIError
	if errors.As(sendErr, &apiErr) {
		log.Printf("send otp to %s: %d %s", to, apiErr.Code, apiErr.Message)
	}
	_ = n.Mail.Send(ctx, to, "Code not sent", "We could not send your code. Please try again.")
}
