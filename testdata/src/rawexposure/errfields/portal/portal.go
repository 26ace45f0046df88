// Package portal serves the account pages that ask for a step-up code.
package portal

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"rawexposure/errfields/stepup"
)

// Handler serves the step-up endpoints.
type Handler struct{ Svc *stepup.Service }

// Confirm shows the refusal's reason: Error() reads only the fixed Reason.
func (h *Handler) Confirm(w http.ResponseWriter, r *http.Request) {
	err := h.Svc.Confirm(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var de *stepup.DenyError
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.As(err, &de):
		log.Printf("step-up refused: %v", de.Upstream())
		http.Error(w, de.Error(), http.StatusForbidden)
	default:
		http.Error(w, "verification is unavailable", http.StatusBadGateway)
	}
}

// ConfirmJSON answers with the reason and the unwrapped sentinel.
func (h *Handler) ConfirmJSON(w http.ResponseWriter, r *http.Request) {
	err := h.Svc.Confirm(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if de, ok := err.(*stepup.DenyError); ok {
		w.WriteHeader(http.StatusForbidden)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": de.Error(), "reason": de.Unwrap().Error()})
	}
}

// Debug shows the server's error itself.
func (h *Handler) Debug(w http.ResponseWriter, r *http.Request) {
	err := h.Svc.Confirm(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var de *stepup.DenyError
	if errors.As(err, &de) {
		fmt.Fprintf(w, "refused: %v", de.Upstream()) // want `raw SurePassID errorMessage \(from stepup.DenyError.upstream\) written to the HTTP response`
	}
}

// ConfirmLoud shows an error whose text includes the server's.
func (h *Handler) ConfirmLoud(w http.ResponseWriter, r *http.Request) {
	err := h.Svc.ConfirmLoud(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var ae *stepup.AuditError
	if errors.As(err, &ae) {
		http.Error(w, ae.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from .*\) written to the HTTP response`
	}
}

// Decide writes the notice, and the server's text when asked to.
func (h *Handler) Decide(w http.ResponseWriter, r *http.Request) {
	v, err := h.Svc.Decide(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification is unavailable", http.StatusBadGateway)
		return
	}
	fmt.Fprintln(w, v.String())
	fmt.Fprintln(w, v.Notice)
	if r.FormValue("verbose") != "" {
		fmt.Fprintln(w, v.ServerText) // want `raw SurePassID errorMessage \(from stepup.Verdict.ServerText\) written to the HTTP response`
	}
}

// Explain writes an error that formats all it holds.
func (h *Handler) Explain(w http.ResponseWriter, r *http.Request) {
	err := h.Svc.Explain(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var tr stepup.Trace
	if errors.As(err, &tr) {
		http.Error(w, tr.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from .*\) written to the HTTP response`
	}
}
