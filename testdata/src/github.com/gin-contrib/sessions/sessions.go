// Package sessions is a test stub of github.com/gin-contrib/sessions
// (v1.0): the Session interface and Default, with the real signatures and
// no behaviour.
package sessions

import "github.com/gin-gonic/gin"

// Session stores the values and optional configuration for a session.
type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Save() error
}

// Default shortcut to get session.
func Default(c *gin.Context) Session { return nil }
