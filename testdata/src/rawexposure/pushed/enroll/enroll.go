// Package enroll manages the customer's authenticator and tells the // want package:`inapp.Message.Body raw errorMessage`
// customer how it went.
package enroll

import (
	"context"
	"log/slog"

	"rawexposure/pushed/inapp"
	"rawexposure/pushed/opsalert"
	"rawexposure/pushed/otpgate"
)

// Service runs the enrolment flows.
type Service struct {
	Gate   *otpgate.Client
	Notify inapp.Notifier
	Inbox  *inapp.Inbox
	Ops    opsalert.Poster
	Log    *slog.Logger
}

// Resync realigns the token and notifies the customer.
func (s *Service) Resync(ctx context.Context, userID, otp string) error {
	v, err := s.Gate.Resync(ctx, userID, otp)
	if err != nil {
		return err
	}
	if v.ErrorCode != 0 {
		msg := inapp.Message{Title: "Authenticator", Category: "security", Body: "We could not resynchronise your authenticator: " + v.ErrorMessage}
		if nerr := s.Notify.Send(ctx, userID, msg); nerr != nil { // want `raw SurePassID errorMessage`
			s.Log.Warn("notify", "err", nerr)
		}
		return nil
	}
	return s.Notify.Send(ctx, userID, inapp.Message{Title: "Authenticator", Body: "Your authenticator is in sync again."})
}

// ResyncPush pushes the vendor's words to the customer's devices.
func (s *Service) ResyncPush(ctx context.Context, customerID int64, user, otp string) error {
	v, err := s.Gate.Resync(ctx, user, otp)
	if err != nil || v.ErrorCode == 0 {
		return err
	}
	return s.Inbox.Push(ctx, customerID, &inapp.Message{Title: v.ErrorMessage}) // want `raw SurePassID errorMessage`
}

// ResyncQuiet tells the customer in fixed words, the operators and the
// log in the vendor's.
func (s *Service) ResyncQuiet(ctx context.Context, userID, otp string) error {
	v, err := s.Gate.Resync(ctx, userID, otp)
	if err != nil || v.ErrorCode == 0 {
		return err
	}
	s.Log.Warn("resync refused", "user", userID, "msg", v.ErrorMessage)
	s.notifyRefused(ctx, userID, v)
	_ = s.Ops.Send(ctx, "#mfa-oncall", opsalert.Alert{Title: "resync refused", Body: v.ErrorMessage})
	return s.Notify.Send(ctx, userID, inapp.Message{Title: "Authenticator", Category: v.ErrorMessage, Body: "We could not resynchronise your authenticator."})
}

// notifyRefused is handed the vendor's answer and tells the customer in
// fixed words.
func (s *Service) notifyRefused(ctx context.Context, userID string, v *otpgate.Verdict) {
	s.Log.Warn("refused", "user", userID, "code", v.ErrorCode, "msg", v.ErrorMessage)
	_ = s.Notify.Send(ctx, userID, inapp.Message{Title: "Authenticator", Body: "Your code was not accepted."})
}
