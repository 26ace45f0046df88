// Package sessions is a test stub of github.com/gorilla/sessions (v1.4.0):
// Session, its flashes, CookieStore and NewCookie, with the real
// signatures and no behaviour.
package sessions

import "net/http"

// Options stores configuration for a session or session store.
type Options struct {
	Path     string
	MaxAge   int
	HttpOnly bool
}

// Session stores the values and optional configuration for a session.
type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
}

// Flashes returns a slice of flash messages from the session.
func (s *Session) Flashes(vars ...string) []interface{} { return nil }

// AddFlash adds a flash message to the session.
func (s *Session) AddFlash(value interface{}, vars ...string) {}

// Save is a convenience method to save this session.
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }

// Store is an interface for custom session stores.
type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

// CookieStore stores sessions using secure cookies.
type CookieStore struct{ Options *Options }

// NewCookieStore returns a new CookieStore.
func NewCookieStore(keyPairs ...[]byte) *CookieStore { return &CookieStore{} }

// Get returns a session for the given name after adding it to the registry.
func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) { return &Session{}, nil }

// New returns a session for the given name without adding it to the registry.
func (s *CookieStore) New(r *http.Request, name string) (*Session, error) { return &Session{}, nil }

// Save adds a single session to the response.
func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}

// NewCookie returns an http.Cookie with the options set.
func NewCookie(name, value string, options *Options) *http.Cookie { return &http.Cookie{} }
