// Package scs is a test stub of github.com/alexedwards/scs/v2 (v2.9.0):
// the SessionManager's store and read methods, with the real signatures and
// no behaviour.
package scs

import (
	"context"
	"net/http"
	"time"
)

// SessionManager holds the configuration settings for your sessions.
type SessionManager struct {
	Lifetime time.Duration
}

// New returns a new session manager with the default options.
func New() *SessionManager { return &SessionManager{} }

// LoadAndSave provides middleware which automatically loads and saves
// session data for the current request.
func (s *SessionManager) LoadAndSave(next http.Handler) http.Handler { return next }

// Put adds a key and corresponding value to the session data.
func (s *SessionManager) Put(ctx context.Context, key string, val interface{}) {}

// Get returns the value for a given key from the session data.
func (s *SessionManager) Get(ctx context.Context, key string) interface{} { return nil }

// GetString returns the string value for a given key from the session data.
func (s *SessionManager) GetString(ctx context.Context, key string) string { return "" }

// PopString returns the string value for a given key and then deletes it.
func (s *SessionManager) PopString(ctx context.Context, key string) string { return "" }

// Remove deletes the given key and corresponding value from the session data.
func (s *SessionManager) Remove(ctx context.Context, key string) {}

// RenewToken updates the session data to have a new session token.
func (s *SessionManager) RenewToken(ctx context.Context) error { return nil }
