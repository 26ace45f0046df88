// Package slackbot verifies members with a SurePassID OTP from Slack: a
// /verify slash command answered over HTTP or through the Web API, a
// socket mode bot, and notices posted to a channel.
package slackbot

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/slack-go/slack"

	"rawexposure/bots/spbot"
)

// Bot holds the Slack and SurePassID clients.
type Bot struct {
	API *slack.Client
	SP  *spbot.Client
}

// Slash answers /verify <otp> in the HTTP response Slack shows the member.
func (b *Bot) Slash(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := b.SP.Verify(r.Context(), cmd.UserName, cmd.Text); err != nil {
		_ = json.NewEncoder(w).Encode(&slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: err.Error()}) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	_ = json.NewEncoder(w).Encode(&slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "You are verified."})
}

// SlashLater acknowledges at once and answers through the command's
// response URL, or with an ephemeral message.
func (b *Bot) SlashLater(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		ctx := context.Background()
		if err := b.SP.Verify(ctx, cmd.UserName, cmd.Text); err != nil {
			_ = slack.PostWebhook(cmd.ResponseURL, &slack.WebhookMessage{Text: "Verification failed: " + err.Error()}) // want `raw SurePassID errorMessage .*Slack message`
			_ = slack.PostWebhookContext(ctx, cmd.ResponseURL, &slack.WebhookMessage{                                  // want `raw SurePassID errorMessage .*Slack message`
				Attachments: []slack.Attachment{{Color: "danger", Text: err.Error()}},
			})
			_, _ = b.API.PostEphemeral(cmd.ChannelID, cmd.UserID, slack.MsgOptionText(err.Error(), false))                  // want `raw SurePassID errorMessage .*Slack message`
			_, _ = b.API.PostEphemeralContext(ctx, cmd.ChannelID, cmd.UserID, slack.MsgOptionText("❌ "+err.Error(), false)) // want `raw SurePassID errorMessage .*Slack message`
			return
		}
		_, _ = b.API.PostEphemeral(cmd.ChannelID, cmd.UserID, slack.MsgOptionText("You are verified.", false))
	}()
}

// Notify posts the outcome of a code delivery to the member's channel.
func (b *Bot) Notify(ctx context.Context, channelID, user string) {
	res, err := b.SP.Call(ctx, "send_oath_otp", user, "")
	if err != nil {
		log.Printf("surepass: send_oath_otp: %v", err)
		return
	}
	if res.ErrorCode == 0 {
		_, _, _ = b.API.PostMessage(channelID, slack.MsgOptionText("A code is on its way.", false))
		return
	}
	_, _, _ = b.API.PostMessage(channelID, slack.MsgOptionText(res.ErrorMessage, false)) // want `raw SurePassID errorMessage .*Slack message`
	section := slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, ":x: "+res.ErrorMessage, false, false), nil, nil)
	_, _, _ = b.API.PostMessageContext(ctx, channelID, slack.MsgOptionBlocks(section))                                                                      // want `raw SurePassID errorMessage .*Slack message`
	_, _, _ = b.API.PostMessage(channelID, slack.MsgOptionAttachments(slack.Attachment{Color: "danger", Title: "Delivery failed", Text: res.ErrorMessage})) // want `raw SurePassID errorMessage .*Slack message`
	_, _, _, _ = b.API.UpdateMessage(channelID, "1700000000.000100", slack.MsgOptionText(res.ErrorMessage, false))                                          // want `raw SurePassID errorMessage .*Slack message`
	_, _, _, _ = b.API.UpdateMessageContext(ctx, channelID, "1700000000.000100", slack.MsgOptionText(res.ErrorMessage, false))                              // want `raw SurePassID errorMessage .*Slack message`
	_, _, _, _ = b.API.SendMessageContext(ctx, channelID, slack.MsgOptionText(res.ErrorMessage, false))                                                     // want `raw SurePassID errorMessage .*Slack message`
}

// Quiet logs SurePassID's answer and tells the member a fixed text.
func (b *Bot) Quiet(ctx context.Context, channelID, userID, user, otp string) { // want Quiet:"param 2 reaches a Slack message"
	if err := b.SP.Verify(ctx, user, otp); err != nil {
		log.Printf("surepass: verify %s: %v", user, err)
		_, _ = b.API.PostEphemeral(channelID, userID, slack.MsgOptionText("We could not verify you. Please try again.", false))
		return
	}
	_, _, _ = b.API.PostMessage(channelID, slack.MsgOptionText("<@"+userID+"> is verified.", false))
}
