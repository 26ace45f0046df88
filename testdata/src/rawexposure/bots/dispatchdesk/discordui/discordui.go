// Package discordui is the dispatch desk's Discord front end: slash
// commands received on the interactions endpoint and answered in the
// HTTP response (encoded with json-iterator), or over the gateway, with
// a reply built by a helper from its text.
package discordui

import (
	"log"
	"net/http"
	"os"

	"github.com/bwmarrin/discordgo"
	jsoniter "github.com/json-iterator/go"

	"rawexposure/bots/dispatchdesk/reset"
)

// Handler serves the interactions endpoint.
type Handler struct {
	Reset *reset.Service
}

// ephemeral is a reply only the member sees.
func ephemeral(text string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: 64},
	}
}

// Interactions answers /token-status in the HTTP response.
func (h *Handler) Interactions(w http.ResponseWriter, r *http.Request) {
	user := r.Header.Get("X-Member")
	w.Header().Set("Content-Type", "application/json")
	if _, err := h.Reset.Profile(r.Context(), user); err != nil {
		_ = jsoniter.NewEncoder(os.Stderr).Encode(ephemeral(err.Error()))
		enc := jsoniter.NewEncoder(w)
		_ = enc.Encode(ephemeral("Lookup failed: " + err.Error())) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	_ = jsoniter.NewEncoder(w).Encode(ephemeral("Your token is active."))
}

// OnCommand answers the same command over the gateway.
func (h *Handler) OnCommand(s *discordgo.Session, i *discordgo.InteractionCreate) {
	user := i.Member.User.ID
	if _, err := h.Reset.Profile(nil, user); err != nil {
		log.Printf("profile %s: %v", user, err)
		_ = s.InteractionRespond(i.Interaction, ephemeral(err.Error())) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	_ = s.InteractionRespond(i.Interaction, ephemeral("Your token is active."))
}
