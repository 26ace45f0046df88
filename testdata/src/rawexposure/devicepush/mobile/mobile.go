// Package mobile fans alerts out to the couriers' phones.
package mobile

import "context"

// Alert goes to every phone registered to a courier.
type Alert struct {
	FCMTokens []string
	Title     string
	Body      string
}

// Fanout delivers alerts.
type Fanout interface {
	Deliver(ctx context.Context, a *Alert) error
}
