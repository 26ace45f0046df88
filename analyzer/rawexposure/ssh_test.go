package rawexposure_test

import "testing"

// TestSSH runs the check over SSH servers, where the engineer at the other
// end reads what the session shows: gliderlabs/ssh (session writes and its
// stderr, the banner handler, keyboard-interactive prompts),
// golang.org/x/crypto/ssh's server side (channels, BannerCallback, a
// BannerError's message, a rejected channel's message) and a
// golang.org/x/term line editor over a session. Logs, audit files and
// os.Stderr stay quiet. Every fix is applied (.golden files); the fixed
// packages must type-check and have no finding left.
func TestSSH(t *testing.T) {
	checkFixed(t, "rawexposure/sshgate/...")
}

// TestRADIUS runs the check over RADIUS servers (layeh.com/radius), whose
// Reply-Message the network access server shows on the user's device:
// rfc2865's ReplyMessage setters, the packet's Add and Set under the
// Reply-Message type, and a team's reply helper. Generic text, a message
// kept in the log, in accounting (Class) or in another attribute stays
// quiet.
func TestRADIUS(t *testing.T) {
	checkFixed(t, "rawexposure/radiusgw/...")
}
