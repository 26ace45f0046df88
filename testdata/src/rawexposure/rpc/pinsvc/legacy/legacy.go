// Package legacy is the kiosk's old JSON endpoint. It does not depend on
// the codes package: the fix writes GenericCode's value, -1.
package legacy

import (
	"encoding/json"
	"log"
	"net/http"

	"rawexposure/rpc/spauth"
)

type failure struct {
	Reason     string `json:"reason"`
	VendorCode int64  `json:"vendorCode,omitempty"`
	Retry      bool   `json:"retry"`
	Status     int    `json:"status"`
}

// Handler checks a PIN with the shared client.
type Handler struct {
	SP *spauth.Client
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.ValidateOTP(r.Context(), r.FormValue("badge"), r.FormValue("pin"))
	if err != nil {
		http.Error(w, "sign-in is unavailable", http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		log.Printf("validate_oath_otp: code=%d msg=%s", resp.ErrorCode, resp.ErrorMessage)
		w.WriteHeader(http.StatusUnauthorized)
		_ = json.NewEncoder(w).Encode(failure{Reason: "pin_rejected", VendorCode: int64(resp.ErrorCode), Retry: true}) // want `raw SurePassID return code .*HTTP response`
		return
	}
	_ = json.NewEncoder(w).Encode(failure{Status: http.StatusOK})
}

// V1 is the first firmware's endpoint: its kiosks show a vendor failure as
// a negative code.
func (h *Handler) V1(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.ValidateOTP(r.Context(), r.FormValue("badge"), r.FormValue("pin"))
	if err != nil || resp.ErrorCode == 0 {
		_ = json.NewEncoder(w).Encode(failure{Status: http.StatusOK, Retry: err != nil})
		return
	}
	_ = json.NewEncoder(w).Encode(failure{Reason: "pin_rejected", VendorCode: -int64(resp.ErrorCode)}) // want `raw SurePassID return code .*HTTP response`
}
