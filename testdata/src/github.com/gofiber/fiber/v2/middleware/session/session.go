// Package session is a test stub of
// github.com/gofiber/fiber/v2/middleware/session (v2.52): Store and
// Session, with the real signatures and no behaviour.
package session

import "github.com/gofiber/fiber/v2"

// Store holds the session configuration.
type Store struct{}

// New creates a new session store.
func New() *Store { return &Store{} }

// Get will get/create a session.
func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{}, nil }

// Session is one client's session.
type Session struct{}

// Get will return the value.
func (s *Session) Get(key string) interface{} { return nil }

// Set will update or create a new key value.
func (s *Session) Set(key string, val interface{}) {}

// Delete will delete the value.
func (s *Session) Delete(key string) {}

// Save will update the storage and client cookie.
func (s *Session) Save() error { return nil }
