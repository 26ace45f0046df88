package slackui

import (
	"context"
	"log"
	"net/http"

	"github.com/slack-go/slack"

	"rawexposure/bots/dispatchdesk/reset"
	"rawexposure/bots/dispatchdesk/slackx"
)

// Whoami answers /whoami through the shared helpers.
func (a *App) Whoami(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if _, err := a.Reset.Profile(r.Context(), cmd.UserID); err != nil {
		slackx.Reply(w, slackx.Ephemeral("Lookup failed: "+err.Error()))                       // want `raw SurePassID errorMessage .*HTTP response by slackx.Reply`
		_, _ = a.API.OpenView(cmd.TriggerID, slackx.Notice("Who am I", err.Error()))           // want `raw SurePassID errorMessage .*Slack view`
		_, _ = a.API.PostEphemeral(cmd.ChannelID, cmd.UserID, slackx.Failure(err.Error()))     // want `raw SurePassID errorMessage .*Slack message`
		_, _, _ = a.API.PostMessage(a.OpsChannel, slackx.Failure(cmd.UserID+": "+err.Error())) // the operators' channel
		return
	}
	slackx.Reply(w, slackx.Ephemeral("You are signed up."))
}

// WhoamiQuiet logs the server's text and shows the desk's own wording.
func (a *App) WhoamiQuiet(ctx context.Context, w http.ResponseWriter, triggerID, user string) {
	text, err := a.Reset.Summary(ctx, user)
	if err != nil {
		log.Printf("summary %s: %v", user, err)
		text = reset.Describe(-1)
	}
	slackx.Reply(w, slackx.Ephemeral(text))
	_, _ = a.API.OpenView(triggerID, slackx.Notice("Who am I", text))
}
