package rawexposure_test

import "testing"

// TestPushed: a notifier of the module taking the user it goes to as a
// parameter and the message as a struct (Send(ctx, userID,
// inapp.Message{Body: b})) is a sink for the struct's text; an operators'
// channel and a message's non-text fields are not.
func TestPushed(t *testing.T) {
	checkFixed(t, "rawexposure/pushed/...")
}

// TestDevicePush: the module's own push client names the courier by the
// phone's token (push.Notification{Token: tok, Body: b}, fcm Send(ctx,
// token, title, body)), and a helper handing it a courier id, a title and
// a body is a sink at its calls; a topic's broadcast to operators and a
// partner's webhook carrying a token of its own are not.
func TestDevicePush(t *testing.T) {
	checkFixed(t, "rawexposure/devicepush/...")
}
