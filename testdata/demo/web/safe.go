package web

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"example.com/shop/surepass"
	"github.com/surepasslint/surepasslint/codes"
)

// HandleOTPJSON is the API variant: it fails closed and never relays the
// server's message.
func (s *Server) HandleOTPJSON(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SurePass.ValidateOTP(r.Context(), r.PostFormValue("user"), r.PostFormValue("otp"))
	if err != nil {
		slog.Error("surepass", "err", err)
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	switch resp.Code {
	case surepass.Success:
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]bool{"ok": true})
		return
	default:
		slog.Warn("otp rejected", "code", resp.Code, "message", resp.ErrorMessage)
		http.Error(w, codes.UserMessage(codes.ReturnCode(resp.Code)), http.StatusUnauthorized)
	}
}
