// Package melody is a test stub of github.com/olahol/melody (v1.2): the
// Melody hub and Session writers, with the real signatures and no
// behaviour.
package melody

import "net/http"

// Session wrapper around websocket connections.
type Session struct {
	Request *http.Request
	Keys    map[string]any
}

// Write writes message to session.
func (s *Session) Write(msg []byte) error { return nil }

// WriteBinary writes a binary message to session.
func (s *Session) WriteBinary(msg []byte) error { return nil }

// Close closes session.
func (s *Session) Close() error { return nil }

// CloseWithMsg closes the session with the provided payload.
func (s *Session) CloseWithMsg(msg []byte) error { return nil }

// Set is used to store a new key/value pair exclusively for this session.
func (s *Session) Set(key string, value any) {}

// Melody implements a websocket manager.
type Melody struct{}

// New creates a new melody instance with default Upgrader and Config.
func New() *Melody { return &Melody{} }

// HandleRequest upgrades http requests to websocket connections.
func (m *Melody) HandleRequest(w http.ResponseWriter, r *http.Request) error { return nil }

// HandleConnect fires fn when a session connects.
func (m *Melody) HandleConnect(fn func(*Session)) {}

// HandleMessage fires fn when a text message comes in.
func (m *Melody) HandleMessage(fn func(*Session, []byte)) {}

// Broadcast broadcasts a text message to all sessions.
func (m *Melody) Broadcast(msg []byte) error { return nil }

// BroadcastFilter broadcasts a text message to all sessions that fn
// returns true for.
func (m *Melody) BroadcastFilter(msg []byte, fn func(*Session) bool) error { return nil }

// BroadcastOthers broadcasts a text message to all sessions except session
// s.
func (m *Melody) BroadcastOthers(msg []byte, s *Session) error { return nil }

// BroadcastMultiple broadcasts a text message to multiple sessions given
// in the sessions slice.
func (m *Melody) BroadcastMultiple(msg []byte, sessions []*Session) error { return nil }

// BroadcastBinary broadcasts a binary message to all sessions.
func (m *Melody) BroadcastBinary(msg []byte) error { return nil }

// BroadcastBinaryFilter broadcasts a binary message to all sessions that
// fn returns true for.
func (m *Melody) BroadcastBinaryFilter(msg []byte, fn func(*Session) bool) error { return nil }

// BroadcastBinaryOthers broadcasts a binary message to all sessions except
// session s.
func (m *Melody) BroadcastBinaryOthers(msg []byte, s *Session) error { return nil }

// CloseWithMsg closes the melody instance with the given close payload.
func (m *Melody) CloseWithMsg(msg []byte) error { return nil }
