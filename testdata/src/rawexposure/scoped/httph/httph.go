// Package httph holds net/http handlers returning an error, which main's
// wrap turns into http.HandlerFuncs.
package httph

import (
	"net/http"

	"rawexposure/scoped/mfa"
)

// Handlers serve the sign-in pages.
type Handlers struct {
	MFA *mfa.Client
}

// Login returns the client's error.
func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) error { // want Login:`result 0 raw errorMessage from mfa.Verify`
	if err := h.MFA.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return err
	}
	_, err := w.Write([]byte("signed in"))
	return err
}

// Health returns no SurePassID error.
func (h *Handlers) Health(w http.ResponseWriter, r *http.Request) error {
	w.WriteHeader(http.StatusNoContent)
	return nil
}
