// Package pushq queues mobile push notifications for the delivery worker.
package pushq

import "context"

// Push is one notification for a customer's phone.
type Push struct {
	DeviceToken string
	Title       string
	Text        string
	Badge       int
}

// Queue hands pushes to the worker.
type Queue struct{ ch chan *Push }

// Enqueue queues p.
func (q *Queue) Enqueue(ctx context.Context, p *Push) error {
	select {
	case q.ch <- p:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
