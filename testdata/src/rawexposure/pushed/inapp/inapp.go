// Package inapp delivers customer-facing notifications: pushes to the
// banking app, kept in the app's inbox until read.
package inapp

import (
	"context"
	"sync"
)

// Message is a notification shown on the customer's phone.
type Message struct {
	Title    string
	Body     string
	Category string
}

// Notifier delivers a message to a customer.
type Notifier interface {
	Send(ctx context.Context, userID string, m Message) error
}

// Inbox keeps the last messages of each customer for the app.
type Inbox struct {
	mu     sync.Mutex
	byUser map[string][]Message
}

// Send queues m for the customer.
func (b *Inbox) Send(ctx context.Context, userID string, m Message) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.byUser[userID] = append(b.byUser[userID], m)
	return nil
}

// Push sends a push to the customer's devices.
func (b *Inbox) Push(ctx context.Context, customerID int64, m *Message) error {
	return b.Send(ctx, "", *m)
}
