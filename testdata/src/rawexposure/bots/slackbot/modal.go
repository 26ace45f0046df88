package slackbot

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// otpBlock is the modal's input block for the code.
const otpBlock = "otp_block"

// Submit answers a modal's view_submission over HTTP: the errors are
// shown under the modal's input.
func (b *Bot) Submit(w http.ResponseWriter, r *http.Request, user, otp string) {
	if err := b.SP.Verify(r.Context(), user, otp); err != nil {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(slack.NewErrorsViewSubmissionResponse(map[string]string{otpBlock: err.Error()})) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	w.WriteHeader(http.StatusOK)
}

// submitSocket answers the same submission over socket mode.
func (b *Bot) submitSocket(ctx context.Context, client *socketmode.Client, req socketmode.Request, user, otp string) {
	if err := b.SP.Verify(ctx, user, otp); err != nil {
		log.Printf("surepass: verify %s: %v", user, err)
		_ = client.Ack(req, slack.NewErrorsViewSubmissionResponse(map[string]string{otpBlock: "That code did not work."}))
		return
	}
	res, err := b.SP.Call(ctx, "send_oath_otp", user, "")
	if err == nil && res.ErrorCode != 0 {
		errs := map[string]string{otpBlock: res.ErrorMessage}
		_ = client.Ack(req, slack.NewErrorsViewSubmissionResponse(errs)) // want `raw SurePassID errorMessage .*Slack message`
		return
	}
	_ = client.Ack(req)
}

// relay posts to the team's incoming webhook through the proxy's client.
func (b *Bot) relay(ctx context.Context, hc *http.Client, hook, user, otp string) {
	if err := b.SP.Verify(ctx, user, otp); err != nil {
		_ = slack.PostWebhookCustomHTTP(hook, hc, &slack.WebhookMessage{Text: user + ": " + err.Error()})             // want `raw SurePassID errorMessage .*Slack message`
		_ = slack.PostWebhookCustomHTTPContext(ctx, hook, hc, &slack.WebhookMessage{Text: user + ": " + err.Error()}) // want `raw SurePassID errorMessage .*Slack message`
	}
}
