// Package staffops posts to the staff's incident channel.
package staffops

import "context"

// Alert is what the engineer on call reads.
type Alert struct {
	Channel string
	Summary string
	Detail  string
}

// Channel sends alerts.
type Channel struct{}

// Send posts a to its channel.
func (c *Channel) Send(ctx context.Context, a Alert) error { return nil }
