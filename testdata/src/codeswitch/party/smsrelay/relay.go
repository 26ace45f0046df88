// Package smsrelay hands text messages to the messaging provider.
package smsrelay

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

const baseURL = "https://rest.messagebird.com/messages"

// The provider's answer numbers, as its reference lists them.
const (
	Success            = 0
	OTPInvalid         = 9003
	OTPAlreadyUsed     = 9002
	SMSSendError       = 9012
	DatabaseError      = 9010
	TemplateNotAllowed = 9030
)

// Send posts one message.
func Send(ctx context.Context, hc *http.Client, to, text string) error {
	form := url.Values{"recipients": {to}, "body": {text}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Backoff is how a failed message is sent again.
type Backoff int

const (
	Now Backoff = iota
	Later
	Never
)

// BackoffFor picks the retry of a provider's answer.
func BackoffFor(answer int) Backoff {
	switch answer {
	case SMSSendError, DatabaseError:
		return Later
	case OTPInvalid, OTPAlreadyUsed:
		return Never
	}
	return Now
}
