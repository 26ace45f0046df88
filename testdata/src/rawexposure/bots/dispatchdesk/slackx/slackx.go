// Package slackx holds the Slack helpers the desk's apps share: an answer
// written to a slash command's response, and the messages, options and
// modals they send, each built from its text. It knows nothing of
// SurePassID.
package slackx

import (
	"encoding/json"
	"net/http"

	"github.com/slack-go/slack"
)

// Reply answers a slash command in the HTTP response.
func Reply(w http.ResponseWriter, m slack.Msg) { // want Reply:"param 1 reaches the HTTP response via json.Encoder.Encode"
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(m)
}

// Ephemeral is an answer only the member sees.
func Ephemeral(text string) slack.Msg { // want Ephemeral:"result 0 from params 0"
	return slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: text}
}

// Failure is the option of a message reporting a failure.
func Failure(text string) slack.MsgOption { // want Failure:"result 0 from params 0"
	return slack.MsgOptionText(":x: "+text, false)
}

// Notice is a modal of one section showing text under a title.
func Notice(title, text string) slack.ModalViewRequest { // want Notice:"result 0 from params 0,1"
	return slack.ModalViewRequest{
		Type:  slack.VTModal,
		Title: slack.NewTextBlockObject(slack.PlainTextType, title, false, false),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil),
		}},
	}
}

// Client returns the desk's Slack client.
func Client(token string) *slack.Client { return slack.New(token) }
