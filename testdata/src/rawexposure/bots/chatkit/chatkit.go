// Package chatkit is the team's shared chat helpers: no SurePassID here,
// but what a caller passes reaches the member.
package chatkit

import (
	"github.com/bwmarrin/discordgo"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/slack-go/slack"
)

// Ephemeral answers an interaction, visible to the member only.
func Ephemeral(s *discordgo.Session, i *discordgo.Interaction, text string) error { // want Ephemeral:"param 2 reaches a Discord message"
	return s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral},
	})
}

// Whisper posts an ephemeral Slack message.
func Whisper(api *slack.Client, channelID, userID, text string) error { // want Whisper:"param 3 reaches a Slack message"
	_, err := api.PostEphemeral(channelID, userID, slack.MsgOptionText(text, false))
	return err
}

// Reply answers a Telegram chat.
func Reply(bot *tgbotapi.BotAPI, chatID int64, replyTo int, text string) error { // want Reply:"param 3 reaches a Telegram message"
	msg := tgbotapi.NewMessage(chatID, text)
	msg.ReplyToMessageID = replyTo
	_, err := bot.Send(msg)
	return err
}
