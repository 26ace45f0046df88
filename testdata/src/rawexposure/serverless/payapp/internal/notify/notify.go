// Package notify texts the end user through the SMS provider's REST API.
package notify

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"strings"
)

// Notifier sends a text message to a phone.
type Notifier interface {
	SendText(ctx context.Context, phone, text string) error
}

// SMS is the provider-backed Notifier.
type SMS struct {
	HTTP *http.Client
}

// SendText posts the message to the SMS provider.
func (s *SMS) SendText(ctx context.Context, phone, text string) error {
	form := url.Values{"To": {phone}, "From": {os.Getenv("SMS_FROM")}, "Body": {text}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, os.Getenv("SMS_URL"), strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
