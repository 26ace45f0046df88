// Package notify shows messages to the signed-in user (a banner, a toast):
// sinks only the project knows about, configured with -rawexposure.sinks.
package notify

import "context"

type Banner struct{ lines []string }

// Show displays msg to the user.
func (b *Banner) Show(msg string) { b.lines = append(b.lines, msg) }

// Toast displays every part to the user.
func Toast(ctx context.Context, parts ...string) {}

// Audit records an event for operators only.
func Audit(ctx context.Context, event string) {}
