package rawexposure_test

import "testing"

// TestBots runs the check over chat bots answering the member who asked:
// discordgo, slack-go (Web API, incoming webhooks, socket mode, a slash
// command's HTTP answer) and telegram-bot-api v5, and another vendor's
// client with the same JSON; posts to channels and webhooks named for
// operations (an audit channel, an alerts webhook) stay quiet. Every fix is applied (.golden files); the
// fixed packages must type-check and have no finding left.
func TestBots(t *testing.T) {
	checkFixed(t, "rawexposure/bots/...")
}
