// Package opsbot is a staff bot that answers members in the channel they
// asked in and keeps an operations record in channels and webhooks of its
// own: the audit channel, the security log, the alerts webhook. What goes
// to those is read by operators, like a log; what goes to the member is
// not.
package opsbot

import (
	"context"
	"fmt"
	"os"

	"github.com/bwmarrin/discordgo"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/slack-go/slack"

	"rawexposure/bots/spbot"
)

// Config is the bot's configuration.
type Config struct {
	AuditChannelID    string
	SecurityLogChan   string
	AlertsWebhookID   string
	AlertsWebhookTok  string
	OpsChannel        string
	HelpChannel       string
	AuditChatID       int64
	SlackAlertsHook   string
	OnCallChannelName string
}

// Bot answers /verify.
type Bot struct {
	cfg Config
	dg  *discordgo.Session
	sp  *spbot.Client
}

// audit posts a line to the staff audit channel.
func (b *Bot) audit(format string, args ...any) {
	if b.cfg.AuditChannelID == "" {
		return
	}
	_, _ = b.dg.ChannelMessageSend(b.cfg.AuditChannelID, fmt.Sprintf(format, args...))
}

// notify posts to the channel it is given.
func (b *Bot) notify(channelID, msg string) {
	_, _ = b.dg.ChannelMessageSend(channelID, msg)
}

func (b *Bot) onVerify(s *discordgo.Session, i *discordgo.InteractionCreate, user, otp string) {
	err := b.sp.Verify(context.Background(), user, otp)
	if err == nil {
		b.notify(i.ChannelID, "verified")
		return
	}
	b.audit("verify for %s failed: %v", user, err)
	_, _ = s.ChannelMessageSend(b.cfg.SecurityLogChan, "verify failed: "+err.Error())
	ch := b.cfg.OpsChannel
	_, _ = s.ChannelMessageSendEmbed(ch, &discordgo.MessageEmbed{Title: "verify", Description: err.Error()})
	_, _ = s.WebhookExecute(b.cfg.AlertsWebhookID, b.cfg.AlertsWebhookTok, false, &discordgo.WebhookParams{Content: err.Error()})

	// The member's own channel, a DM and a channel picked by the caller
	// are still the member's.
	_, _ = s.ChannelMessageSend(i.ChannelID, "verification failed: "+err.Error()) // want `raw SurePassID errorMessage`
	if dm, derr := s.UserChannelCreate(i.Member.User.ID); derr == nil {
		_, _ = s.ChannelMessageSend(dm.ID, err.Error()) // want `raw SurePassID errorMessage`
	}
	_, _ = s.ChannelMessageSend(b.cfg.HelpChannel, err.Error()) // want `raw SurePassID errorMessage`
	b.notify(i.ChannelID, err.Error())                          // want `raw SurePassID errorMessage`
}

// onSlash answers a Slack slash command and records the failure.
func onSlash(api *slack.Client, cfg Config, sp *spbot.Client, cmd slack.SlashCommand) {
	res, err := sp.Call(context.Background(), "validate_oath_otp", cmd.UserName, cmd.Text)
	if err != nil || res.ErrorCode == 0 {
		return
	}
	_, _, _ = api.PostMessage(cfg.OpsChannel, slack.MsgOptionText(cmd.UserName+": "+res.ErrorMessage, false))
	_ = slack.PostWebhook(os.Getenv("SLACK_ALERTS_WEBHOOK_URL"), &slack.WebhookMessage{Text: res.ErrorMessage})
	_ = slack.PostWebhook(cfg.SlackAlertsHook, &slack.WebhookMessage{Text: res.ErrorMessage})
	_, _, _ = api.PostMessage("#"+cfg.OnCallChannelName, slack.MsgOptionText(res.ErrorMessage, false))

	_, _ = api.PostEphemeral(cmd.ChannelID, cmd.UserID, slack.MsgOptionText(res.ErrorMessage, false)) // want `raw SurePassID errorMessage`
}

// onTelegram answers a Telegram command and records the failure.
func onTelegram(bot *tgbotapi.BotAPI, cfg Config, sp *spbot.Client, upd tgbotapi.Update) {
	err := sp.Verify(context.Background(), upd.Message.From.UserName, upd.Message.CommandArguments())
	if err == nil {
		return
	}
	_, _ = bot.Send(tgbotapi.NewMessage(cfg.AuditChatID, "verify failed: "+err.Error()))
	_, _ = bot.Send(tgbotapi.NewMessage(upd.Message.Chat.ID, err.Error())) // want `raw SurePassID errorMessage`
}
