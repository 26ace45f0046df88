// Package tokens activates hardware tokens through SurePassID and keeps
// the server's answer for the activation record.
package tokens

import (
	"context"

	"rawexposure/surepass"
)

// Activation is the outcome of a token activation.
type Activation struct {
	Serial string
	Active bool
	// Reason is the server's text when the activation failed.
	Reason string // want Reason:`raw errorMessage from tokens.Activation.Reason`
}

// Service activates tokens.
type Service struct {
	SP *surepass.Client
}

// Activate checks the first OTP of a new token.
func (s *Service) Activate(ctx context.Context, user, serial, otp string) Activation { // want Activate:`result 0 raw errorMessage from tokens.Activate`
	resp, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil && resp == nil {
		return Activation{Serial: serial}
	}
	a := Activation{Serial: serial, Active: !resp.Failed()}
	if resp.Failed() {
		a.Reason = resp.ErrorMessage
	}
	return a
}
