package slackui

import (
	"bytes"
	"context"
	"log"
	"net/http"

	"github.com/slack-go/slack"

	"rawexposure/bots/dispatchdesk/slackx"
)

// Later acknowledges /token-status at once and answers through the
// command's response URL once SurePassID has answered.
func (a *App) Later(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		ctx := context.Background()
		if _, err := a.Reset.Profile(ctx, cmd.UserID); err != nil {
			log.Printf("profile %s: %v", cmd.UserID, err)
			res, perr := http.Post(cmd.ResponseURL, "application/json", bytes.NewReader(encodeMsg(slack.Msg{Text: "Lookup failed: " + err.Error()}))) // want `raw SurePassID errorMessage .*response URL`
			if perr == nil {
				_ = res.Body.Close()
			}
			postReply(ctx, a.HTTP, cmd.ResponseURL, slackx.Ephemeral(err.Error())) // want `raw SurePassID errorMessage .*response URL`
			return
		}
		postReply(ctx, a.HTTP, cmd.ResponseURL, slackx.Ephemeral("Your token is active."))
	}()
}

func encodeMsg(m slack.Msg) []byte {
	b, err := json.Marshal(m)
	if err != nil {
		return nil
	}
	return b
}

// postReply posts a message to a command's response URL.
func postReply(ctx context.Context, hc *http.Client, responseURL string, m slack.Msg) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, responseURL, bytes.NewReader(encodeMsg(m)))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := hc.Do(req)
	if err != nil {
		log.Printf("response_url: %v", err)
		return
	}
	_ = res.Body.Close()
}
