// Package resend serves "send me a new code": staff get the vendor's
// challenge, customers a code the service makes and texts itself.
package resend

import (
	"context"
	"net/http"

	"rawexposure/wired/spcodes"
)

// TextGateway is the SMS provider the service texts its own codes with.
type TextGateway interface {
	SendOTP(ctx context.Context, phoneNumber, code string) (int, string, error)
}

// Relay is the provider's second route, through Twilio.
type Relay interface {
	SendOTP(ctx context.Context, user string) (int, string, error)
}

// Challenger is the vendor's send: it makes the code and texts the user.
type Challenger interface {
	SendOTP(ctx context.Context, user string) (int, string, error)
}

// Handler holds what main wires in.
type Handler struct {
	Texts      TextGateway
	Relay      Relay
	Challenger Challenger
}

// Customer texts a code the service made.
func (h *Handler) Customer(w http.ResponseWriter, r *http.Request) {
	status, detail, err := h.Texts.SendOTP(r.Context(), r.FormValue("phone"), "482913")
	if err != nil || status != 0 {
		http.Error(w, detail, http.StatusBadGateway)
		return
	}
	if _, why, _ := h.Relay.SendOTP(r.Context(), r.FormValue("user")); why != "" {
		http.Error(w, why, http.StatusBadGateway)
	}
}

// Staff asks the vendor to challenge a staff account.
func (h *Handler) Staff(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.Challenger.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if code != spcodes.Success {
		http.Error(w, msg, http.StatusBadGateway) // want `raw SurePassID errorMessage`
	}
}
