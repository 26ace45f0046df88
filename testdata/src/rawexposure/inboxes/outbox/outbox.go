// Package outbox queues push notifications for the members' phones.
package outbox

import "context"

// Push is one queued notification.
type Push struct {
	MemberIDs []string
	Text      string
}

// Queue is the outbox table the push worker drains.
type Queue struct{ rows []*Push }

// Enqueue stores p for the push worker.
func (q *Queue) Enqueue(ctx context.Context, p *Push) error {
	q.rows = append(q.rows, p)
	return nil
}
