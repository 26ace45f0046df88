// Package otpdelivery serves the sign-in's second step: the vendor's
// client is wired in by main, and so are the text gateways the team uses
// for its own codes.
package otpdelivery // want "relevant package"

import (
	"context"
	"net/http"

	"spidifaces/spclient"
)

// SMSGateway delivers a code the service made itself.
type SMSGateway interface {
	SendOTP(ctx context.Context, phone, code string) (int, string, error)
}

// Pusher sends an app notification to a device.
type Pusher interface {
	PushOTP(ctx context.Context, deviceToken, passcode string) (int, string, error)
}

// PhoneCheck checks a code the provider texted to a number.
type PhoneCheck interface {
	CheckOTP(ctx context.Context, phoneNumber, code string) (int, string, error)
}

// Courier is the fallback route for codes, through MessageBird.
type Courier interface {
	SendOTP(ctx context.Context, user string) (int, string, error)
}

// Challenger is the vendor's send: it makes the code and texts the user.
type Challenger interface {
	SendOTP(ctx context.Context, user string) (int, string, error)
}

// Handler holds what main wires in.
type Handler struct {
	Client     *spclient.Client
	Gateway    SMSGateway
	Pusher     Pusher
	Courier    Courier
	Check      PhoneCheck
	Challenger Challenger
	send       func(ctx context.Context, msisdn, otp string) (int, string, error)
}

func (h *Handler) resend(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	status, text, err := h.Gateway.SendOTP(ctx, "+15550100", "123456")
	if err != nil || status != 0 {
		http.Error(w, text, http.StatusBadGateway)
		return
	}
	_, note, _ := h.Pusher.PushOTP(ctx, "dev", "123456")
	_, _ = w.Write([]byte(note))
	_, why, _ := h.Courier.SendOTP(ctx, "ann")
	_, _ = w.Write([]byte(why))
	_, _, _ = h.Check.CheckOTP(ctx, "+15550100", "123456")
	_, _, _ = h.send(ctx, "+15550100", "123456")
	_, _, _ = h.Challenger.SendOTP(ctx, "ann") // want "call is code" "operation code,message,none"
}
