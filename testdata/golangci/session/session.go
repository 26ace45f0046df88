// Package session keeps flash messages shown on the next page the user sees.
package session

import "sync"

// Store holds one pending flash message per user.
type Store struct {
	mu      sync.Mutex
	flashes map[string]string
}

// AddFlash queues msg for the next page user sees. The portal lists it as a
// sink with the rawexposure.sinks setting: what goes in reaches the user.
func (s *Store) AddFlash(user, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.flashes == nil {
		s.flashes = map[string]string{}
	}
	s.flashes[user] = msg
}
