// Package tgbot verifies members with a SurePassID OTP from a Telegram
// bot: /verify <otp>, and an inline button resending a code.
package tgbot

import (
	"context"
	"fmt"
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"rawexposure/bots/spbot"
)

// Bot holds the Telegram and SurePassID clients.
type Bot struct {
	API *tgbotapi.BotAPI
	SP  *spbot.Client
}

// Run handles the updates.
func (b *Bot) Run(ctx context.Context) {
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range b.API.GetUpdatesChan(u) {
		switch {
		case update.Message != nil && update.Message.IsCommand():
			b.command(ctx, update.Message)
		case update.CallbackQuery != nil:
			b.resend(ctx, update.CallbackQuery)
		}
	}
}

func (b *Bot) command(ctx context.Context, m *tgbotapi.Message) {
	if m.Command() != "verify" {
		return
	}
	if err := b.SP.Verify(ctx, m.From.UserName, m.CommandArguments()); err != nil {
		if _, err2 := b.API.Send(tgbotapi.NewMessage(m.Chat.ID, "❌ "+err.Error())); err2 != nil { // want `raw SurePassID errorMessage .*Telegram message`
			log.Printf("telegram: %v", err2)
		}
		reply := tgbotapi.NewMessage(m.Chat.ID, "")
		reply.ReplyToMessageID = m.MessageID
		reply.Text = fmt.Sprintf("Verification failed: %v", err)
		_, _ = b.API.Send(reply) // want `raw SurePassID errorMessage .*Telegram message`
		return
	}
	msg := tgbotapi.NewMessage(m.Chat.ID, "You are verified.")
	msg.ReplyToMessageID = m.MessageID
	_, _ = b.API.Send(msg)
}

// resend asks SurePassID for a new code when the member taps the button.
func (b *Bot) resend(ctx context.Context, q *tgbotapi.CallbackQuery) {
	res, err := b.SP.Call(ctx, "send_oath_otp", q.From.UserName, "")
	if err != nil {
		log.Printf("surepass: send_oath_otp: %v", err)
		_, _ = b.API.Request(tgbotapi.NewCallback(q.ID, "Try again later."))
		return
	}
	if res.ErrorCode != 0 {
		_, _ = b.API.Request(tgbotapi.NewCallback(q.ID, res.ErrorMessage))          // want `raw SurePassID errorMessage .*Telegram message`
		_, _ = b.API.Request(tgbotapi.NewCallbackWithAlert(q.ID, res.ErrorMessage)) // want `raw SurePassID errorMessage .*Telegram message`
		edit := tgbotapi.NewEditMessageText(q.Message.Chat.ID, q.Message.MessageID, fmt.Sprintf("Could not send a code (%d)", res.ErrorCode))
		_, _ = b.API.Send(edit)                                                                                                   // want `raw SurePassID return code .*Telegram message`
		_, _ = b.API.Send(tgbotapi.MessageConfig{BaseChat: tgbotapi.BaseChat{ChatID: q.Message.Chat.ID}, Text: res.ErrorMessage}) // want `raw SurePassID errorMessage .*Telegram message`
		return
	}
	_, _ = b.API.Request(tgbotapi.NewCallback(q.ID, "A new code is on its way."))
	_, _ = b.API.Send(tgbotapi.NewEditMessageText(q.Message.Chat.ID, q.Message.MessageID, "Code sent."))
}
