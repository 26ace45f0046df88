// Package audit writes the security audit trail operators search.
package audit

import "context"

// Event is one audited action.
type Event struct {
	UserID  string
	Action  string
	Message string
}

// Trail stores events.
type Trail struct{}

// Record appends e to the trail.
func (Trail) Record(_ context.Context, e Event) error { return nil }

// Entry is a line of the compliance log.
type Entry struct {
	UserID string
	Text   string
}

// Sink ships entries to the log pipeline.
type Sink struct{}

// Send ships e.
func (Sink) Send(_ context.Context, e Entry) error { return nil }
