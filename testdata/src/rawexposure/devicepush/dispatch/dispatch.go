// Package dispatch confirms parcel handovers between couriers in the // want package:`push.Notification.Body raw errorMessage`
// background and tells them on their phones.
package dispatch

import (
	"context"
	"log/slog"

	"rawexposure/devicepush/authsvc"
	"rawexposure/devicepush/fcmsender"
	"rawexposure/devicepush/mobile"
	"rawexposure/devicepush/partners"
	"rawexposure/devicepush/push"
)

// Tokens finds a courier's phone.
type Tokens interface {
	DeviceToken(ctx context.Context, courierID string) (string, error)
}

// Worker runs the handover jobs.
type Worker struct {
	Auth    *authsvc.Client
	Push    *push.Gateway
	FCM     *fcmsender.Sender
	Partner partners.Hook
	Phones  mobile.Fanout
	Tokens  Tokens
	Log     *slog.Logger
}

// tell pushes a notification to the courier's phone.
func (w *Worker) tell(ctx context.Context, courierID, title, body string) {
	tok, err := w.Tokens.DeviceToken(ctx, courierID)
	if err != nil {
		w.Log.Warn("no device", "courier", courierID, "err", err)
		return
	}
	if err := w.Push.Send(ctx, push.Notification{Token: tok, Title: title, Body: body}); err != nil {
		w.Log.Warn("push failed", "courier", courierID, "err", err)
	}
}

// Confirm checks the receiving courier's code and tells them the
// server's words through the helper.
func (w *Worker) Confirm(ctx context.Context, courierID, otp string) error {
	r, err := w.Auth.CheckCode(ctx, courierID, otp)
	if err != nil {
		return err
	}
	if r.ErrorCode != 0 {
		w.tell(ctx, courierID, "Handover refused", "Code not accepted: "+r.ErrorMessage) // want `raw SurePassID errorMessage`
		return nil
	}
	w.tell(ctx, courierID, "Handover confirmed", "The parcels are yours now.")
	return nil
}

// Reassign tells the courier the error carrying the server's words.
func (w *Worker) Reassign(ctx context.Context, courierID, serial string) {
	if err := w.Auth.Assign(ctx, courierID, serial); err != nil {
		w.tell(ctx, courierID, "Phone not registered", err.Error()) // want `raw SurePassID errorMessage`
	}
}

// ConfirmDirect pushes the server's words straight to the phone, through
// the gateway and through FCM.
func (w *Worker) ConfirmDirect(ctx context.Context, tok, courierID, otp string) error {
	r, err := w.Auth.CheckCode(ctx, courierID, otp)
	if err != nil || r.ErrorCode == 0 {
		return err
	}
	_ = w.FCM.Send(ctx, tok, "Handover refused", r.ErrorMessage)                                   // want `raw SurePassID errorMessage`
	return w.Push.Send(ctx, push.Notification{Token: tok, Title: "Refused", Body: r.ErrorMessage}) // want `raw SurePassID errorMessage`
}

// ConfirmQuiet tells the courier in fixed words; the operators' topic,
// the depot's webhook and the log get the server's.
func (w *Worker) ConfirmQuiet(ctx context.Context, tok, courierID, otp string) error {
	r, err := w.Auth.CheckCode(ctx, courierID, otp)
	if err != nil || r.ErrorCode == 0 {
		return err
	}
	w.Log.Warn("handover refused", "courier", courierID, "code", r.ErrorCode, "msg", r.ErrorMessage)
	_ = w.Push.SendTopic(ctx, push.Broadcast{Topic: "ops-oncall", Title: "handover refused", Body: r.ErrorMessage})
	_ = w.Partner.Send(ctx, partners.Callback{Token: "depot-secret", Title: "handover refused", Message: r.ErrorMessage})
	_ = w.FCM.Send(ctx, tok, "Handover refused", "Please ask your dispatcher.")
	w.tell(ctx, courierID, "Handover refused", "Please ask your dispatcher.")
	return w.Push.Send(ctx, push.Notification{Token: tok, Title: "Refused", Body: "Please try again."})
}

// ConfirmAll sends the server's words to every phone of the courier.
func (w *Worker) ConfirmAll(ctx context.Context, toks []string, courierID, otp string) error {
	r, err := w.Auth.CheckCode(ctx, courierID, otp)
	if err != nil || r.ErrorCode == 0 {
		return err
	}
	return w.Phones.Deliver(ctx, &mobile.Alert{FCMTokens: toks, Title: "Handover refused", Body: r.ErrorMessage}) // want `raw SurePassID errorMessage`
}
