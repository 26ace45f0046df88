// Package mailbox keeps the letters the launcher shows in a gamer's
// mailbox. It only stores them; the game client polls for new ones.
package mailbox

import (
	"context"
	"sync"
)

// Letter is one message in a gamer's mailbox.
type Letter struct {
	GamerID string
	Topic   string
	Subject string
	Body    string
}

// Box is the in-memory mailbox store.
type Box struct {
	mu      sync.Mutex
	letters map[string][]Letter
}

// Deliver files l in its gamer's mailbox.
func (b *Box) Deliver(ctx context.Context, l Letter) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.letters[l.GamerID] = append(b.letters[l.GamerID], l)
	return nil
}
