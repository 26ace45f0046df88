// Package sessions is a test stub of github.com/kataras/iris/v12/sessions
// (v12.2): Get and the Session's store methods, with the real signatures
// and no behaviour.
package sessions

import "github.com/kataras/iris/v12/context"

// Session should expose the Sessions's end-user API.
type Session struct{}

// Get returns the current session of the request.
func Get(ctx *context.Context) *Session { return &Session{} }

// Set fills the session with an entry "value", based on its "key".
func (s *Session) Set(key string, value interface{}) {}

// SetFlash sets a flash message by its key, shown once on the next request.
func (s *Session) SetFlash(key string, value interface{}) {}

// GetFlashString returns the stored flash message by its key.
func (s *Session) GetFlashString(key string) string { return "" }

// GetString same as Get but returns its string representation.
func (s *Session) GetString(key string) string { return "" }
