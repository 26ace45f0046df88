// Package mfaclient is the SurePassID client the clinic's Lambda functions
// share: Outcome is SurePassID's answer as decoded, and Check folds a
// failure into an error quoting the raw message.
package mfaclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

// Outcome is the answer to every SurePassID call.
type Outcome struct {
	Type    string `json:"type"`
	Code    int    `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// SMSFailed is SurePassID's return code for an undeliverable text message.
const SMSFailed = 9012

// Service calls the SurePassID REST endpoint with the account in the
// function's environment.
type Service struct {
	HTTP *http.Client
}

func (s *Service) post(ctx context.Context, op, user string, extra map[string]string) (*Outcome, error) {
	in := map[string]string{
		"type":               op,
		"spAccountLoginName": os.Getenv("SUREPASS_LOGIN"),
		"spAccountLoginKey":  os.Getenv("SUREPASS_KEY"),
		"username":           user,
	}
	for k, v := range extra {
		in[k] = v
	}
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, os.Getenv("SUREPASS_URL"), bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	res, err := s.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	out := new(Outcome)
	return out, json.NewDecoder(res.Body).Decode(out)
}

// ValidateOTP checks a one-time password.
func (s *Service) ValidateOTP(ctx context.Context, user, otp string) (*Outcome, error) {
	return s.post(ctx, "validate_oath_otp", user, map[string]string{"otp": otp})
}

// SendOTP delivers a fresh one-time password by sms, voice or email.
func (s *Service) SendOTP(ctx context.Context, user, method string) (*Outcome, error) {
	return s.post(ctx, "send_oath_otp", user, map[string]string{"deliveryMethod": method})
}

// Check validates otp and returns an error quoting SurePassID on failure.
func (s *Service) Check(ctx context.Context, user, otp string) error { // want Check:"raw errorMessage"
	o, err := s.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if o.Code != 0 {
		return fmt.Errorf("surepassid %d: %s", o.Code, o.Message)
	}
	return nil
}
