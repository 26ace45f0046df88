// Package mmhook serves the desk's Mattermost slash command: it answers
// at once and posts the outcome to the command's response_url, and tells
// the operators through their alerts webhook.
package mmhook

import (
	"bytes"
	"encoding/json"
	"net/http"

	"rawexposure/bots/dispatchdesk/reset"
)

// Handler serves the slash command.
type Handler struct {
	Reset      *reset.Service
	HTTP       *http.Client
	AlertsHook string
}

// Command answers /token-status.
func (h *Handler) Command(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user_name")
	respURL := r.FormValue("response_url")
	w.WriteHeader(http.StatusOK)
	if _, err := h.Reset.Profile(r.Context(), user); err != nil {
		_, _ = h.HTTP.Post(h.AlertsHook, "application/json", bytes.NewReader(reply("ephemeral", user+": "+err.Error())))
		_, _ = h.HTTP.Post(respURL, "application/json", bytes.NewReader(reply("ephemeral", err.Error())))                       // want `raw SurePassID errorMessage .*response URL`
		req, _ := http.NewRequest(http.MethodPost, respURL, bytes.NewReader(reply("ephemeral", "Lookup failed: "+err.Error()))) // want `raw SurePassID errorMessage .*response URL`
		_, _ = h.HTTP.Do(req)
		req, _ = http.NewRequestWithContext(r.Context(), http.MethodPost, respURL, bytes.NewReader(reply("ephemeral", err.Error()))) // want `raw SurePassID errorMessage .*response URL`
		_, _ = h.HTTP.Do(req)
		return
	}
	_, _ = h.HTTP.Post(respURL, "application/json", bytes.NewReader(reply("ephemeral", "Your token is active.")))
}

// reply is a Mattermost command response.
func reply(kind, text string) []byte {
	b, _ := json.Marshal(map[string]string{"response_type": kind, "text": text})
	return b
}
