// Package events carries domain events to the other services.
package events

import "context"

// TokenRejected tells the risk service an activation was refused.
type TokenRejected struct {
	UserID  string
	Serial  string
	Message string
}

// Bus delivers events to subscribers.
type Bus struct{}

// Send delivers an event.
func (Bus) Send(_ context.Context, e any) error { return nil }

// Deliver delivers a rejection to the risk service.
func (Bus) Deliver(_ context.Context, e TokenRejected) error { return nil }
