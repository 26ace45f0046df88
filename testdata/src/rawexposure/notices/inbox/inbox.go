// Package inbox keeps the in-app notices shown under the bell icon of the
// customer portal.
package inbox

import (
	"context"
	"sync"
)

// Severity picks the notice's icon.
type Severity int

// Severities.
const (
	Info Severity = iota
	Problem
)

// Notice is one entry of a customer's inbox.
type Notice struct {
	ID       int64
	UserID   string
	Severity Severity
	Title    string
	Body     string
	Href     string
}

// Store holds every customer's notices.
type Store struct {
	mu     sync.Mutex
	byUser map[string][]Notice
}

// Post adds n to its customer's inbox.
func (s *Store) Post(_ context.Context, n Notice) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byUser[n.UserID] = append(s.byUser[n.UserID], n)
	return nil
}

// PostAll adds several notices at once.
func (s *Store) PostAll(ctx context.Context, ns []*Notice) error {
	for _, n := range ns {
		if err := s.Post(ctx, *n); err != nil {
			return err
		}
	}
	return nil
}
