// Package opsalert posts alerts to the operators' channels.
package opsalert

import "context"

// Alert is what the on-call engineer sees.
type Alert struct {
	Title string
	Body  string
}

// Poster posts an alert to a channel.
type Poster interface {
	Send(ctx context.Context, channel string, a Alert) error
}
