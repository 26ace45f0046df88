// Package stepup is a handler asking for a second factor; a refusal is
// texted to the user through the team's Twilio layer.
package stepup

import (
	"net/http"

	"rawexposure/notices/spclient"
	"rawexposure/notices/twiliowrap"
)

// Handler checks the code.
type Handler struct {
	SP  *spclient.Client
	SMS *twiliowrap.Client
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	user, phone := r.FormValue("user"), r.FormValue("phone")
	a, err := h.SP.Do(r.Context(), map[string]string{"type": "validate_oath_otp", "username": user, "otp": r.FormValue("otp")})
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if a.ErrorCode != 0 {
		_ = h.SMS.Nudge(phone, "Your sign-in was refused: "+a.ErrorMessage) // want `raw SurePassID errorMessage .*message sent to the user`
		_ = h.SMS.Prepare(phone, a.ErrorMessage)
		_ = h.SMS.Nudge(phone, "Your sign-in was refused. Call the help desk.")
		http.Error(w, "sign-in refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
