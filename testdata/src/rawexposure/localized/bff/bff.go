// Package bff is the mobile app's backend: every text it returns is
// localized into the customer's language.
package bff

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"rawexposure/localized/approvals"
)

type result struct {
	Approved bool   `json:"approved"`
	Message  string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// translate is the team's shorthand for a message with data.
func translate(loc *i18n.Localizer, id string, data map[string]any) string {
	return loc.MustLocalize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
}

// Handlers serve the payment screens.
type Handlers struct {
	Approvals *approvals.Client
	Bundle    *i18n.Bundle
	Hotline   string
	Log       *slog.Logger
}

func (h *Handlers) Confirm(w http.ResponseWriter, r *http.Request) {
	loc := i18n.NewLocalizer(h.Bundle, r.Header.Get("Accept-Language"))
	v, err := h.Approvals.Approve(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		writeJSON(w, http.StatusBadGateway, result{Message: translate(loc, "payment.unavailable", nil)})
		return
	}
	if v.ErrorCode != 0 {
		msg, lerr := loc.Localize(&i18n.LocalizeConfig{
			MessageID:    "payment.refused",
			TemplateData: map[string]any{"Reason": v.ErrorMessage},
		})
		if lerr != nil {
			http.Error(w, lerr.Error(), http.StatusInternalServerError)
			return
		}
		writeJSON(w, http.StatusUnprocessableEntity, result{Message: msg}) // want `raw SurePassID errorMessage`
		return
	}
	writeJSON(w, http.StatusOK, result{Approved: true, Message: translate(loc, "payment.approved", nil)})
}

func (h *Handlers) ConfirmShort(w http.ResponseWriter, r *http.Request) {
	loc := i18n.NewLocalizer(h.Bundle, r.Header.Get("Accept-Language"))
	v, err := h.Approvals.Approve(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || v.ErrorCode == 0 {
		return
	}
	text := translate(loc, "payment.refused", map[string]any{"Reason": v.ErrorMessage})
	h.Log.Warn("payment refused", "text", text)
	writeJSON(w, http.StatusUnprocessableEntity, result{Message: text}) // want `raw SurePassID errorMessage`
}

func (h *Handlers) ConfirmPrinted(w http.ResponseWriter, r *http.Request) {
	p := message.NewPrinter(language.Make(r.Header.Get("Accept-Language")))
	v, err := h.Approvals.Approve(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || v.ErrorCode == 0 {
		return
	}
	http.Error(w, p.Sprintf("Payment refused: %s", v.ErrorMessage), http.StatusUnprocessableEntity) // want `raw SurePassID errorMessage`
}

// ConfirmQuiet localizes a fixed text with the hotline only; the vendor's
// words go to the log.
func (h *Handlers) ConfirmQuiet(w http.ResponseWriter, r *http.Request) {
	loc := i18n.NewLocalizer(h.Bundle, r.Header.Get("Accept-Language"))
	v, err := h.Approvals.Approve(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || v.ErrorCode == 0 {
		return
	}
	logged := translate(loc, "payment.refused", map[string]any{"Reason": v.ErrorMessage})
	h.Log.Warn("payment refused", "code", v.ErrorCode, "text", logged)
	msg, lerr := loc.Localize(&i18n.LocalizeConfig{
		MessageID:    "payment.refused.generic",
		TemplateData: map[string]any{"Hotline": h.Hotline},
	})
	if lerr != nil {
		msg = "Payment refused."
	}
	writeJSON(w, http.StatusUnprocessableEntity, result{Message: msg})
}
