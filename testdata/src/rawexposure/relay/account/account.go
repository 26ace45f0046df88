// Package account activates customers' sign-in tokens and tells them how
// it went through the outbox.
package account

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"rawexposure/relay/outbox"
	"rawexposure/relay/reminders"
	"rawexposure/relay/spgate"
	"rawexposure/relay/texts"
)

// ErrRefused is what the page shows.
var ErrRefused = errors.New("the code was not accepted")

// notifier is what Activate needs of the outbox.
type notifier interface {
	TokenRefused(ctx context.Context, to, reason string)
}

// Service activates tokens.
type Service struct {
	SP      *spgate.Gate
	Courier *outbox.Courier
	Notify  notifier
	Mail    outbox.Transport
	SMS     texts.Notices
	Later   *reminders.Reminders
	Risk    *http.Client
}

// Activate confirms the first code of a new token.
//
// The address is part of the letter Suspended queues, so the fact says it
// reaches the user too (what the customer reads of it is their own
// address).
func (s *Service) Activate(ctx context.Context, user, email, phone, otp string) error { // want Activate:"param 2 reaches a message sent to the user .* via outbox.Courier.Suspended"
	a, err := s.SP.Call(ctx, map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return ErrRefused
	}
	if !a.OK() {
		s.Courier.TokenRefused(ctx, email, a.ErrorMessage)                                             // want `raw SurePassID errorMessage .*message sent to the user.* by outbox.Courier.TokenRefused`
		s.Notify.TokenRefused(ctx, email, a.ErrorMessage)                                              // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Courier.Problem(ctx, email, "Token activation", "Activation failed: %s", a.ErrorMessage) // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Courier.Suspended(ctx, email, a.ErrorMessage)                                            // want `raw SurePassID errorMessage .*message sent to the user`
		_ = outbox.Welcome(ctx, s.Mail, email, "Your token: "+a.ErrorMessage)                          // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Courier.RefusedLetter(ctx, email, a.ErrorMessage)                                        // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Courier.Lockout(ctx, email, "code "+a.Type+": "+a.ErrorMessage)                          // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.SMS.Refused(ctx, phone, a.ErrorMessage)                                                  // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.SMS.Reminder(ctx, phone, a.ErrorMessage)
		_ = s.Later.Unfinished(ctx, email, a.ErrorMessage) // want `raw SurePassID errorMessage .*message sent to the user`
		_ = s.Later.Nudge(ctx, email, a.ErrorMessage)
		s.Courier.Traced(ctx, email, a.ErrorMessage)
		s.Courier.Escalate(ctx, user, a.ErrorMessage)
		s.Courier.Declined(ctx, email, a.ErrorMessage)
		return ErrRefused
	}
	return nil
}

// verdict is the fraud scorer's answer (another vendor).
type verdict struct {
	Score  int    `json:"score"`
	Reason string `json:"reason"`
}

// Screen asks the fraud scorer and mails its customer-facing reason.
func (s *Service) Screen(ctx context.Context, email string, req *http.Request) error {
	resp, err := s.Risk.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var v verdict
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return err
	}
	if v.Score > 80 {
		s.Courier.TokenRefused(ctx, email, v.Reason)
		_ = s.Courier.Problem(ctx, email, "Account review", "Review: %s", v.Reason)
	}
	return nil
}
