package slackbot

import (
	"context"
	"log"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// RunSocket answers /verify over socket mode: the acknowledgement's
// payload is the response the member sees.
func (b *Bot) RunSocket(client *socketmode.Client) {
	for evt := range client.Events {
		if evt.Type != socketmode.EventTypeSlashCommand || evt.Request == nil {
			continue
		}
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			continue
		}
		ctx := context.Background()
		if err := b.SP.Verify(ctx, cmd.UserName, cmd.Text); err != nil {
			_ = client.Ack(*evt.Request, map[string]any{"response_type": slack.ResponseTypeEphemeral, "text": err.Error()}) // want `raw SurePassID errorMessage .*Slack message`
			continue
		}
		_ = client.Ack(*evt.Request, map[string]any{"response_type": slack.ResponseTypeEphemeral, "text": "You are verified."})
	}
}

// ackBlocks acknowledges with a block message.
func (b *Bot) ackBlocks(ctx context.Context, client *socketmode.Client, req *socketmode.Request, user, otp string) {
	res, err := b.SP.Call(ctx, "validate_oath_otp", user, otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		_ = client.Ack(*req)
		return
	}
	if res.ErrorCode != 0 {
		payload := slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: res.ErrorMessage}
		_ = client.AckCtx(ctx, req.EnvelopeID, payload) // want `raw SurePassID errorMessage .*Slack message`
		return
	}
	_ = client.AckCtx(ctx, req.EnvelopeID, slack.Msg{Text: "You are verified."})
}
