// Package alerts notifies the on-call team.
package alerts

import "context"

// Alert is an incident for a team; no customer reads it.
type Alert struct {
	Team     string
	Severity string
	Summary  string
	Details  string
}

// Notifier posts alerts.
type Notifier struct{}

// Notify raises a.
func (Notifier) Notify(_ context.Context, a Alert) error { return nil }
