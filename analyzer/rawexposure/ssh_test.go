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
