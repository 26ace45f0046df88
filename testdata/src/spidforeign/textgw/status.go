// Package textgw sends verification texts.
package textgw

import (
	"context"
	"net/http"
)

// Endpoint is the provider's API.
const Endpoint = "https://verify.twilio.com/v2/Services"

// Status is the provider's answer.
type Status int

const (
	StatusSuccess        Status = 0
	StatusOTPInvalid     Status = 9003
	StatusOTPAlreadyUsed Status = 9002
	StatusSMSSendError   Status = 9012
)

// Ping checks the provider is up.
func Ping(ctx context.Context, hc *http.Client) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, Endpoint, nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
