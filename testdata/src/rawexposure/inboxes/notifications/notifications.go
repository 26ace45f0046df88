// Package notifications is the app's notification centre: rows the
// mobile app lists under the bell icon.
package notifications

import "context"

// Item is one entry of a user's notification centre.
type Item struct {
	UserID string
	Kind   string
	Text   string
}

// Store persists the entries.
type Store interface {
	Create(ctx context.Context, it *Item) error
}
