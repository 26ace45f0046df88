// Package web serves the step-up endpoints through interfaces of its own.
package web

import (
	"context"
	"errors"
	"log"
	"net/http"

	"rawexposure/errtype/spclient"
)

// Verifier is the part of the client the handlers use; *spclient.Client
// implements it.
type Verifier interface {
	VerifyOTP(ctx context.Context, user, otp string) error
	ConfirmOTP(ctx context.Context, user, otp string) error
}

// Checker is implemented only by a stub with its own texts.
type Checker interface {
	Check(ctx context.Context, user string) error
}

type stub struct{}

func (stub) Check(ctx context.Context, user string) error { return errors.New("not allowed") }

// Handler serves the endpoints.
type Handler struct {
	V Verifier
	C Checker
}

var _ Verifier = (*spclient.Client)(nil)

// Cancel writes the error of a call through the interface: reported.
func (h *Handler) Cancel(w http.ResponseWriter, r *http.Request) {
	if err := h.V.VerifyOTP(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		log.Printf("step-up failed: %v", err)
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Confirm writes the client's error type: reported.
func (h *Handler) Confirm(w http.ResponseWriter, r *http.Request) {
	if err := h.V.ConfirmOTP(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		var apiErr *spclient.APIError
		if errors.As(err, &apiErr) {
			http.Error(w, apiErr.Error(), http.StatusUnprocessableEntity) // want `raw SurePassID errorMessage`
			return
		}
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ConfirmQuiet logs the error and answers with its own text: not reported.
func (h *Handler) ConfirmQuiet(w http.ResponseWriter, r *http.Request) {
	if err := h.V.ConfirmOTP(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		var apiErr *spclient.APIError
		if errors.As(err, &apiErr) && apiErr.Code == 9003 {
			log.Printf("confirm: %v", apiErr)
			http.Error(w, "That code did not work.", http.StatusUnprocessableEntity)
			return
		}
		http.Error(w, "Verification failed.", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Allowed writes the error of an interface whose only implementation has
// its own texts: not reported.
func (h *Handler) Allowed(w http.ResponseWriter, r *http.Request) {
	if err := h.C.Check(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
