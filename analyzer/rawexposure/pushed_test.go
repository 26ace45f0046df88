package rawexposure_test

import "testing"

// TestPushed: a notifier of the module taking the user it goes to as a
// parameter and the message as a struct (Send(ctx, userID,
// inapp.Message{Body: b})) is a sink for the struct's text; an operators'
// channel and a message's non-text fields are not.
func TestPushed(t *testing.T) {
	checkFixed(t, "rawexposure/pushed/...")
}
