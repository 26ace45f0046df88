// Package discordbot verifies members with a SurePassID OTP over a
// discordgo bot: a !verify message and a /verify slash command.
package discordbot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"rawexposure/bots/spbot"
)

// Bot holds the session and the SurePassID client.
type Bot struct {
	SP      *spbot.Client
	Webhook struct{ ID, Token string }
}

// Register adds the bot's handlers to the session.
func (b *Bot) Register(s *discordgo.Session) {
	s.AddHandler(b.onMessage)
	s.AddHandler(b.onInteraction)
}

func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	fields := strings.Fields(m.Content)
	if len(fields) != 2 || fields[0] != "!verify" {
		return
	}
	ctx := context.Background()
	if err := b.SP.Verify(ctx, m.Author.Username, fields[1]); err != nil {
		_, _ = s.ChannelMessageSend(m.ChannelID, "Verification failed: "+err.Error())                                                                   // want `raw SurePassID errorMessage .*Discord message`
		_, _ = s.ChannelMessageSendTTS(m.ChannelID, err.Error())                                                                                        // want `raw SurePassID errorMessage .*Discord message`
		_, _ = s.ChannelMessageSendReply(m.ChannelID, err.Error(), &discordgo.MessageReference{MessageID: m.ID})                                        // want `raw SurePassID errorMessage .*Discord message`
		_, _ = s.ChannelMessageSendEmbed(m.ChannelID, &discordgo.MessageEmbed{Title: "Verification failed", Description: err.Error(), Color: 0xe74c3c}) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	_, _ = s.ChannelMessageSend(m.ChannelID, "You are verified.")
}

// dm answers a member privately, in their DM channel, with an embed
// built from SurePassID's answer.
func (b *Bot) dm(s *discordgo.Session, userID, otp string) {
	ch, err := s.UserChannelCreate(userID)
	if err != nil {
		return
	}
	res, err := b.SP.Call(context.Background(), "validate_oath_otp", userID, otp)
	if err != nil {
		_, _ = s.ChannelMessageSend(ch.ID, "Verification is unavailable right now.")
		return
	}
	if res.ErrorCode != 0 {
		embeds := []*discordgo.MessageEmbed{{Title: "Verification failed", Description: res.ErrorMessage}}
		_, _ = s.ChannelMessageSendEmbeds(ch.ID, embeds)                  // want `raw SurePassID errorMessage .*Discord message`
		_, _ = s.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{ // want `raw SurePassID errorMessage .*Discord message`
			Content: "Verification failed",
			Embeds:  []*discordgo.MessageEmbed{{Description: fmt.Sprintf("%s (code %d)", res.ErrorMessage, res.ErrorCode)}},
		})
		return
	}
	_, _ = s.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{Content: "You are verified."})
}

// edit rewrites the bot's "checking..." message with the outcome.
func (b *Bot) edit(s *discordgo.Session, channelID, messageID, user, otp string) {
	if err := b.SP.Verify(context.Background(), user, otp); err != nil {
		_, _ = s.ChannelMessageEdit(channelID, messageID, "❌ "+err.Error()) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	res, err := b.SP.Call(context.Background(), "send_oath_otp", user, "")
	if err != nil || res.ErrorCode == 0 {
		_, _ = s.ChannelMessageEdit(channelID, messageID, "A new code is on its way.")
		return
	}
	e := discordgo.NewMessageEdit(channelID, messageID).SetContent("Could not send a code: " + res.ErrorMessage)
	_, _ = s.ChannelMessageEditComplex(e) // want `raw SurePassID errorMessage .*Discord message`
	text := res.ErrorMessage
	edit := discordgo.NewMessageEdit(channelID, messageID)
	edit.Content = &text
	_, _ = s.ChannelMessageEditComplex(edit) // want `raw SurePassID errorMessage .*Discord message`
}

func (b *Bot) onInteraction(s *discordgo.Session, i *discordgo.InteractionCreate) {
	data := i.ApplicationCommandData()
	if data.Name != "verify" || len(data.Options) == 0 {
		return
	}
	otp := data.Options[0].StringValue()
	content := "You are verified."
	if err := b.SP.Verify(context.Background(), i.Member.User.Username, otp); err != nil {
		content = err.Error()
	}
	_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{ // want `raw SurePassID errorMessage .*Discord message`
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: content, Flags: discordgo.MessageFlagsEphemeral},
	})
}

// deferred acknowledges first and edits the response once SurePassID
// has answered; a follow-up tells the member what to do next.
func (b *Bot) deferred(s *discordgo.Session, i *discordgo.InteractionCreate, otp string) {
	err := b.SP.Verify(context.Background(), i.Member.User.Username, otp)
	if err == nil {
		return
	}
	msg := "Verification failed: " + err.Error()
	_, _ = s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &msg}) // want `raw SurePassID errorMessage .*Discord message`
	_, _ = s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{          // want `raw SurePassID errorMessage .*Discord message`
		Content: err.Error(),
		Flags:   discordgo.MessageFlagsEphemeral,
	})
	_, _ = s.WebhookExecute(b.Webhook.ID, b.Webhook.Token, false, &discordgo.WebhookParams{Content: err.Error()}) // want `raw SurePassID errorMessage .*Discord message`
	res, err := b.SP.Call(context.Background(), "send_oath_otp", i.Member.User.Username, "")
	if err == nil && res.ErrorCode != 0 {
		params := &discordgo.WebhookEdit{}
		params.Content = &res.ErrorMessage
		_, _ = s.FollowupMessageEdit(i.Interaction, "1", params) // want `raw SurePassID errorMessage .*Discord message`
	}
}
