package discordbot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// failure is the bot's red embed.
func failure(text string) *discordgo.MessageEmbed {
	return &discordgo.MessageEmbed{Title: "Verification failed", Description: text, Color: 0xe74c3c}
}

// replyEmbed answers a !verify message with an embed, in reply to it.
func (b *Bot) replyEmbed(s *discordgo.Session, m *discordgo.MessageCreate, otp string) {
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID}
	if err := b.SP.Verify(context.Background(), m.Author.Username, otp); err != nil {
		_, _ = s.ChannelMessageSendEmbedReply(m.ChannelID, failure(err.Error()), ref)                             // want `raw SurePassID errorMessage .*Discord message`
		_, _ = s.ChannelMessageSendEmbedsReply(m.ChannelID, []*discordgo.MessageEmbed{failure(err.Error())}, ref) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	_, _ = s.ChannelMessageSendEmbedReply(m.ChannelID, &discordgo.MessageEmbed{Title: "You are verified."}, ref)
}

// editEmbed turns the bot's "checking..." embed into the outcome.
func (b *Bot) editEmbed(s *discordgo.Session, channelID, messageID, user, otp string) {
	if err := b.SP.Verify(context.Background(), user, otp); err != nil {
		_, _ = s.ChannelMessageEditEmbed(channelID, messageID, failure(err.Error()))                             // want `raw SurePassID errorMessage .*Discord message`
		_, _ = s.ChannelMessageEditEmbeds(channelID, messageID, []*discordgo.MessageEmbed{failure(err.Error())}) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	_, _ = s.ChannelMessageEditEmbed(channelID, messageID, &discordgo.MessageEmbed{Title: "You are verified."})
}

// audit posts the outcome in the verification thread through the
// guild's webhook, and edits the webhook's pinned status message.
func (b *Bot) audit(s *discordgo.Session, threadID, statusID, user, otp string) {
	if err := b.SP.Verify(context.Background(), user, otp); err != nil {
		_, _ = s.WebhookThreadExecute(b.Webhook.ID, b.Webhook.Token, false, threadID, &discordgo.WebhookParams{Content: user + ": " + err.Error()}) // want `raw SurePassID errorMessage .*Discord message`
		status := "last failure: " + err.Error()
		_, _ = s.WebhookMessageEdit(b.Webhook.ID, b.Webhook.Token, statusID, &discordgo.WebhookEdit{Content: &status}) // want `raw SurePassID errorMessage .*Discord message`
	}
}
