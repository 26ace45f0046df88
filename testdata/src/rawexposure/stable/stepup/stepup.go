// Package stepup asks SurePassID for a step-up OTP check. Its failures come
// back as two error types, both with a Detail method the kiosk shows: the
// JSON envelope itself, and the error the client builds from it.
package stepup

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const verifyURL = "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// Envelope is SurePassID's reply.
type Envelope struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func (e Envelope) Error() string  { return "step-up refused" }
func (e Envelope) Detail() string { return e.ErrorMessage }

// Failure is a refusal with the server's explanation.
type Failure struct {
	Code int
	Text string
}

func (f *Failure) Error() string  { return "step-up failed" }
func (f *Failure) Detail() string { return f.Text }

// Verify checks otp for user.
func Verify(ctx context.Context, hc *http.Client, user, otp string) error {
	body, err := json.Marshal(map[string]string{"type": "ValidateOTP", "username": user, "otp": otp})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, verifyURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	res, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var env Envelope
	if err := json.NewDecoder(res.Body).Decode(&env); err != nil {
		return err
	}
	switch {
	case env.ErrorCode == 0:
		return nil
	case env.ErrorCode < 9000:
		return env
	default:
		return &Failure{Code: env.ErrorCode, Text: env.ErrorMessage}
	}
}
