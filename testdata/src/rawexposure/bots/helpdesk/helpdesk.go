// Package helpdesk answers members on every chat through chatkit.
package helpdesk

import (
	"context"
	"log"

	"github.com/bwmarrin/discordgo"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/slack-go/slack"

	"rawexposure/bots/chatkit"
	"rawexposure/bots/spbot"
)

type desk struct {
	sp    *spbot.Client
	slack *slack.Client
	tg    *tgbotapi.BotAPI
}

func (d *desk) discord(s *discordgo.Session, i *discordgo.InteractionCreate, user, otp string) {
	if err := d.sp.Verify(context.Background(), user, otp); err != nil {
		_ = chatkit.Ephemeral(s, i.Interaction, err.Error()) // want `raw SurePassID errorMessage .*Discord message`
		return
	}
	_ = chatkit.Ephemeral(s, i.Interaction, "You are verified.")
}

func (d *desk) slackCmd(cmd slack.SlashCommand) {
	if err := d.sp.Verify(context.Background(), cmd.UserName, cmd.Text); err != nil {
		_ = chatkit.Whisper(d.slack, cmd.ChannelID, cmd.UserID, "Verification failed: "+err.Error()) // want `raw SurePassID errorMessage .*Slack message`
		return
	}
	_ = chatkit.Whisper(d.slack, cmd.ChannelID, cmd.UserID, "You are verified.")
}

func (d *desk) telegram(m *tgbotapi.Message) {
	if err := d.sp.Verify(context.Background(), m.From.UserName, m.CommandArguments()); err != nil {
		log.Printf("surepass: verify %s: %v", m.From.UserName, err)
		_ = chatkit.Reply(d.tg, m.Chat.ID, m.MessageID, "We could not verify you. Please try again.")
		return
	}
	_ = chatkit.Reply(d.tg, m.Chat.ID, m.MessageID, "You are verified.")
}
