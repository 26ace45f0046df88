// Package othervendor relays another vendor's answers, with the same
// errorCode and errorMessage fields, through the same chat SDKs; with no
// SurePassID signal nothing here is reported.
package othervendor

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

type acmeResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func track(ctx context.Context, id string) (*acmeResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.acme.example/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out acmeResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out.ErrorCode != 0 {
		return &out, fmt.Errorf("acme: %s", out.ErrorMessage)
	}
	return &out, nil
}

func onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if _, err := track(context.Background(), m.Content); err != nil {
		_, _ = s.ChannelMessageSend(m.ChannelID, err.Error())
		_ = s.InteractionRespond(&discordgo.Interaction{}, &discordgo.InteractionResponse{
			Data: &discordgo.InteractionResponseData{Content: err.Error()},
		})
	}
}

func onSlash(api *slack.Client, client *socketmode.Client, req socketmode.Request, cmd slack.SlashCommand) {
	out, err := track(context.Background(), cmd.Text)
	if err != nil && out != nil {
		_, _ = api.PostEphemeral(cmd.ChannelID, cmd.UserID, slack.MsgOptionText(out.ErrorMessage, false))
		_ = client.Ack(req, map[string]any{"text": out.ErrorMessage, "code": out.ErrorCode})
	}
}

func onUpdate(bot *tgbotapi.BotAPI, m *tgbotapi.Message) {
	if out, err := track(context.Background(), m.CommandArguments()); err != nil && out != nil {
		_, _ = bot.Send(tgbotapi.NewMessage(m.Chat.ID, fmt.Sprintf("%s (%d)", out.ErrorMessage, out.ErrorCode)))
	}
}
