// Package partners calls the depots' own systems back.
package partners

import "context"

// Callback is posted to a partner's webhook; Token authenticates us.
type Callback struct {
	Token   string
	Title   string
	Message string
}

// Hook posts callbacks to one partner.
type Hook interface {
	Send(ctx context.Context, cb Callback) error
}
