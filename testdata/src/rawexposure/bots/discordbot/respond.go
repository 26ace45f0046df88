package discordbot

import (
	"context"
	"log"

	"github.com/bwmarrin/discordgo"
)

// ephemeral answers the member who ran the command, visible to them only.
func ephemeral(s *discordgo.Session, i *discordgo.InteractionCreate, text string) {
	err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral},
	})
	if err != nil {
		log.Printf("discord: respond: %v", err)
	}
}

// check answers through the team's helper.
func (b *Bot) check(s *discordgo.Session, i *discordgo.InteractionCreate, otp string) {
	if err := b.SP.Verify(context.Background(), i.Member.User.Username, otp); err != nil {
		ephemeral(s, i, "Verification failed: "+err.Error()) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	ephemeral(s, i, "You are verified.")
}

// quiet logs SurePassID's answer and tells the member a fixed text.
func (b *Bot) quiet(s *discordgo.Session, m *discordgo.MessageCreate, otp string) {
	if err := b.SP.Verify(context.Background(), m.Author.Username, otp); err != nil {
		log.Printf("surepass: verify %s: %v", m.Author.Username, err)
		_, _ = s.ChannelMessageSend(m.ChannelID, "We could not verify you. Please try again.")
		_, _ = s.ChannelMessageSendEmbed(m.ChannelID, &discordgo.MessageEmbed{Title: "Verification failed", Color: 0xe74c3c})
		return
	}
	// Reading the channel is no answer.
	_, _ = s.ChannelMessages(m.ChannelID, 10, "", "", "")
}
