// Package slackui is the dispatch desk's Slack app: slash commands
// answered in the HTTP response through a small reply helper (encoded
// with json-iterator), modals built by a helper from their text and
// opened, pushed or updated through the Web API, view submissions
// answered with a marshalled response, and the member's App Home.
package slackui

import (
	"context"
	"log"
	"net/http"

	gojson "github.com/goccy/go-json"
	jsoniter "github.com/json-iterator/go"
	"github.com/slack-go/slack"

	"rawexposure/bots/dispatchdesk/fleet"
	"rawexposure/bots/dispatchdesk/reset"
)

var json = jsoniter.ConfigCompatibleWithStandardLibrary

// App holds the desk's clients.
type App struct {
	API        *slack.Client
	Reset      *reset.Service
	HTTP       *http.Client
	OpsChannel string
}

// respond answers a slash command synchronously.
func respond(w http.ResponseWriter, m slack.Msg) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(m); err != nil {
		log.Printf("encode reply: %v", err)
	}
}

// infoModal is a modal of one section showing text.
func infoModal(title, text string) slack.ModalViewRequest {
	return slack.ModalViewRequest{
		Type:  slack.VTModal,
		Title: slack.NewTextBlockObject(slack.PlainTextType, title, false, false),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil),
		}},
	}
}

// Status answers /token-status with what SurePassID knows of the member.
func (a *App) Status(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	kind, err := a.Reset.Profile(r.Context(), cmd.UserID)
	if err != nil {
		log.Printf("profile %s: %v", cmd.UserID, err)
		respond(w, slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "Lookup failed: " + err.Error()}) // want `raw SurePassID errorMessage .*HTTP response by slackui.respond`
		return
	}
	respond(w, slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "Account: " + kind})
}

// StatusQuiet is Status logging the server's text and answering a fixed one.
func (a *App) StatusQuiet(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if _, err := a.Reset.Profile(r.Context(), cmd.UserID); err != nil {
		log.Printf("profile %s: %v", cmd.UserID, err)
		respond(w, slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "The token service is not answering."})
		return
	}
	respond(w, slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "Your token is active."})
}

// Tablet answers /tablet-unlock with the telematics vendor's own text.
func (a *App) Tablet(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := fleet.Unlock(r.Context(), a.HTTP, cmd.Text); err != nil {
		respond(w, slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "Unlock failed: " + err.Error()})
		_, _ = a.API.OpenView(cmd.TriggerID, infoModal("Tablet", err.Error()))
		return
	}
	respond(w, slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "Unlocked."})
}

// ShowStatus answers the status button with a modal.
func (a *App) ShowStatus(ctx context.Context, triggerID, viewID, user string) {
	if _, err := a.Reset.Profile(ctx, user); err != nil {
		_, _ = a.API.OpenView(triggerID, infoModal("Status", "We couldn't load your status:\n>"+err.Error())) // want `raw SurePassID errorMessage .*Slack view`
		_, _ = a.API.OpenViewContext(ctx, triggerID, infoModal("Status", err.Error()))                        // want `raw SurePassID errorMessage .*Slack view`
		_, _ = a.API.PushView(triggerID, infoModal("Status", err.Error()))                                    // want `raw SurePassID errorMessage .*Slack view`
		_, _ = a.API.PushViewContext(ctx, triggerID, infoModal("Status", err.Error()))                        // want `raw SurePassID errorMessage .*Slack view`
		_, _ = a.API.UpdateView(infoModal("Status", err.Error()), "", "", viewID)                             // want `raw SurePassID errorMessage .*Slack view`
		_, _ = a.API.UpdateViewContext(ctx, infoModal("Status", err.Error()), "", "", viewID)                 // want `raw SurePassID errorMessage .*Slack view`
		return
	}
	_, _ = a.API.OpenView(triggerID, infoModal("Status", "Your token is active."))
}

// ShowSummary opens a modal with the desk's own wording of the code.
func (a *App) ShowSummary(ctx context.Context, triggerID, user string) {
	text, err := a.Reset.Summary(ctx, user)
	if err != nil {
		log.Printf("summary %s: %v", user, err)
		text = "The token service is not answering."
	}
	_, _ = a.API.OpenView(triggerID, infoModal("Token", text))
}

// troubleHome is the App Home shown while the member's token is in trouble.
func troubleHome(text string) slack.HomeTabViewRequest {
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "Token trouble", false, false)),
		slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil),
	}}}
}

// Home publishes the member's App Home.
func (a *App) Home(ctx context.Context, user string) { // want Home:"param 1 reaches a Slack view shown to the member via slack.Client.PublishViewContext"
	_, err := a.Reset.Profile(ctx, user)
	if err == nil {
		return
	}
	_, _ = a.API.PublishView(user, troubleHome("Your token needs attention: "+err.Error()), "")                         // want `raw SurePassID errorMessage .*Slack view`
	_, _ = a.API.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: user, View: troubleHome(err.Error())}) // want `raw SurePassID errorMessage .*Slack view`
}

// Submit answers the reissue modal's submission by replacing the modal.
func (a *App) Submit(w http.ResponseWriter, r *http.Request, user string) {
	out, err := a.Reset.Reissue(r.Context(), user)
	if err != nil {
		log.Printf("reissue %s: %v", user, err)
		w.WriteHeader(http.StatusOK)
		return
	}
	if !out.Done {
		view := infoModal(out.Title, out.Detail)
		body, err := json.Marshal(slack.NewUpdateViewSubmissionResponse(&view))
		if err != nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	w.WriteHeader(http.StatusOK)
}

// SubmitPush pushes a modal explaining a refusal.
func (a *App) SubmitPush(w http.ResponseWriter, r *http.Request, user string) {
	out, err := a.Reset.Reissue(r.Context(), user)
	if err != nil || out.Done {
		w.WriteHeader(http.StatusOK)
		return
	}
	view := infoModal(out.Title, out.Detail)
	w.Header().Set("Content-Type", "application/json")
	_ = gojson.NewEncoder(w).Encode(slack.NewPushViewSubmissionResponse(&view)) // want `raw SurePassID errorMessage .*HTTP response`
}

// Remind tells the member later, and the operators now.
func (a *App) Remind(ctx context.Context, channelID, user string) {
	if _, err := a.Reset.Profile(ctx, user); err != nil {
		_, _, _ = a.API.ScheduleMessage(channelID, "1700000000", slack.MsgOptionBlocks(slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, err.Error(), false, false)))) // want `raw SurePassID errorMessage .*Slack message`
		_, _, _ = a.API.ScheduleMessageContext(ctx, channelID, "1700000000", slack.MsgOptionText(err.Error(), false))                                                                       // want `raw SurePassID errorMessage .*Slack message`
		_, _, _, _ = a.API.SendMessage(channelID, slack.MsgOptionText(err.Error(), false))                                                                                                  // want `raw SurePassID errorMessage .*Slack message`
		_, _, _ = a.API.ScheduleMessage(a.OpsChannel, "1700000000", slack.MsgOptionText(user+": "+err.Error(), false))
	}
}
