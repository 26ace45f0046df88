// Package textbridge relays verification texts for the sign-up flow.
package textbridge // want "relevant package"

import (
	"context"
	"net/http"

	"spidifaces/spclient"
)

// apiBase is the text provider's REST root.
const apiBase = "https://api.telnyx.com/v2"

// Verifier is the provider's verification surface.
type Verifier interface {
	SendOTP(ctx context.Context, user string) (int, string, error)
	VerifyOTP(ctx context.Context, user, otp string) (int, string, error)
}

// Flow holds the provider and, for staff accounts, the vendor's client.
type Flow struct {
	V     Verifier
	HTTP  *http.Client
	Staff *spclient.Client
}

func (f *Flow) start(ctx context.Context, user string) string {
	_, msg, _ := f.V.SendOTP(ctx, user)
	_, why, _ := f.V.VerifyOTP(ctx, user, "123456")
	return apiBase + msg + why
}
