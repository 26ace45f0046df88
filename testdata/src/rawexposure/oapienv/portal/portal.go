// Package portal serves the partner portal's sign-in pages.
package portal

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strconv"

	"github.com/samber/lo"

	"rawexposure/oapienv/authapi"
	"rawexposure/oapienv/authapix"
	"rawexposure/oapienv/kycapi"
	"rawexposure/oapienv/verify"
)

// Handler holds the portal's dependencies.
type Handler struct {
	API     authapi.Caller
	Verify  *verify.Service
	Devices func(r *http.Request, psn string) (*authapix.DeviceReply, error)
	KYC     func(r *http.Request, id string) (*kycapi.CheckResult, error)
}

func (h *Handler) validate(r *http.Request) (*authapi.OtpResult, error) {
	return h.API.ValidateOtp(r.Context(), authapi.ValidateOtpRequest{Username: r.FormValue("user"), Otp: r.FormValue("otp")})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	res, err := h.validate(r)
	if err != nil {
		http.Error(w, "Sign-in is unavailable.", http.StatusServiceUnavailable)
		return
	}
	if res.Code() != authapi.ResultCodeN0 {
		http.SetCookie(w, &http.Cookie{Name: "flash", Value: url.QueryEscape(res.Message()), HttpOnly: true}) // want `raw SurePassID errorMessage`
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (h *Handler) stepUp(w http.ResponseWriter, r *http.Request) {
	res, err := h.validate(r)
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "unavailable"})
		return
	}
	if res.Code() != authapi.ResultCodeN0 {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": res.GetErrorMessage()}) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) quick(w http.ResponseWriter, r *http.Request) {
	res, err := h.validate(r)
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if msg, ok := res.Text(); ok && res.Code() != authapi.ResultCodeN0 {
		http.Error(w, msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage`
		return
	}
	fmt.Fprintf(w, "result: %s", lo.FromPtr(res.ErrorMessage)) // want `raw SurePassID errorMessage`
}

func (h *Handler) code(w http.ResponseWriter, r *http.Request) {
	res, err := h.validate(r)
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("X-Result", strconv.Itoa(int(res.Code()))) // want `raw SurePassID return code`
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) device(w http.ResponseWriter, r *http.Request) {
	d, err := h.Devices(r, r.FormValue("psn"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if d.Status() != authapix.Success {
		http.Error(w, "device: "+d.Detail(), http.StatusConflict) // want `raw SurePassID errorMessage`
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"psn": lo.FromPtr(d.Psn)})
}

func (h *Handler) check(w http.ResponseWriter, r *http.Request) {
	if err := h.Verify.Check(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Negatives.

func (h *Handler) loginLogged(w http.ResponseWriter, r *http.Request) {
	res, err := h.validate(r)
	if err != nil {
		http.Error(w, "Sign-in is unavailable.", http.StatusServiceUnavailable)
		return
	}
	if res.Code() != authapi.ResultCodeN0 {
		log.Printf("sign-in failed: code %d: %s", res.Code(), res.Message())
		http.Error(w, "We could not verify your identity.", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) loginMapped(w http.ResponseWriter, r *http.Request) {
	res, err := h.validate(r)
	if err != nil {
		http.Error(w, "Sign-in is unavailable.", http.StatusServiceUnavailable)
		return
	}
	var msg string
	switch res.Code() {
	case authapi.ResultCodeN0:
		w.WriteHeader(http.StatusNoContent)
		return
	case authapi.ResultCodeN9012:
		msg = "We could not deliver your code."
	default:
		msg = "We could not verify your identity."
	}
	http.Error(w, msg, http.StatusUnauthorized)
}

func (h *Handler) checkStrict(w http.ResponseWriter, r *http.Request) {
	if err := h.Verify.Strict(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// screening relays the screening provider's text to the employer admin:
// another vendor's envelope of the same shape.
func (h *Handler) screening(w http.ResponseWriter, r *http.Request) {
	c, err := h.KYC(r, r.FormValue("id"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if lo.FromPtr(c.ErrorCode) != int32(kycapi.CheckCodeN0) {
		writeJSON(w, http.StatusOK, map[string]any{"code": lo.FromPtr(c.ErrorCode), "message": c.Message(), "detail": lo.FromPtr(c.ErrorMessage)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": lo.FromPtr(c.CheckId)})
}
