// Package gate holds the gin middleware asking for a step-up session.
package gate

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/chains/mfa"
)

// Server holds the middleware's dependencies.
type Server struct {
	MFA *mfa.Service
}

// RequireSession only picks the status with errors.Is: every path aborts.
func (s *Server) RequireSession(c *gin.Context) {
	ctx := c.Request.Context()
	user := c.GetString("user")
	token := c.GetHeader("X-MFA-Session")
	if err := s.MFA.CheckSession(ctx, user, token); err != nil {
		status := 401
		if errors.Is(err, mfa.ErrUnavailable) {
			status = 503
		}
		c.AbortWithStatusJSON(status, gin.H{"error": "session_invalid"})
		return
	}
	c.Next()
}

// RequireStepUp declares the error first: every path aborts.
func (s *Server) RequireStepUp(c *gin.Context) {
	err := s.MFA.CheckSession(c.Request.Context(), c.GetString("user"), c.GetHeader("X-MFA-Session"))
	if err != nil {
		status := http.StatusUnauthorized
		if errors.Is(err, mfa.ErrUnavailable) {
			status = http.StatusServiceUnavailable
		}
		c.AbortWithStatusJSON(status, gin.H{"error": "step_up_required"})
		return
	}
	c.Next()
}

// abortMFA answers a failed check: a switch picks the status, every
// error aborts.
func abortMFA(c *gin.Context, err error) {
	status := http.StatusForbidden
	switch {
	case errors.Is(err, mfa.ErrUnavailable):
		status = http.StatusServiceUnavailable
	case errors.Is(err, mfa.ErrInvalid):
		status = http.StatusUnauthorized
	}
	c.AbortWithStatusJSON(status, gin.H{"error": "mfa_failed"})
}

// RequireFresh hands every failure to abortMFA. Quiet.
func (s *Server) RequireFresh(c *gin.Context) {
	if err := s.MFA.CheckSession(c.Request.Context(), c.GetString("user"), c.GetHeader("X-MFA-Session")); err != nil {
		abortMFA(c, err)
		return
	}
	c.Next()
}

// writeError writes a JSON error body.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// Guard is the net/http form: the if picks the status and the message,
// and every error is written as a failure. Quiet.
func (s *Server) Guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.MFA.CheckSession(r.Context(), r.Header.Get("X-User"), r.Header.Get("X-MFA-Session")); err != nil {
			code, msg := http.StatusUnauthorized, "session_invalid"
			if errors.Is(err, mfa.ErrUnavailable) {
				code, msg = http.StatusServiceUnavailable, "try_again"
			}
			writeError(w, code, msg)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireLoose lets an unavailable MFA service through: only an invalid
// session is refused, every other error reaches c.Next(). Reported.
func (s *Server) RequireLoose(c *gin.Context) {
	if err := s.MFA.CheckSession(c.Request.Context(), c.GetString("user"), c.GetHeader("X-MFA-Session")); err != nil {
		if errors.Is(err, mfa.ErrInvalid) { // want `fail-open errors.Is chain over SurePassID return codes`
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "session_invalid"})
			return
		}
	}
	c.Next()
}

// RequireRecent declares the status without a value and sets it in every
// branch of a switch over the error: every error aborts. Quiet.
func (s *Server) RequireRecent(c *gin.Context) {
	err := s.MFA.CheckSession(c.Request.Context(), c.GetString("user"), c.GetHeader("X-MFA-Session"))
	if err == nil {
		c.Next()
		return
	}
	var status int
	switch {
	case errors.Is(err, mfa.ErrUnavailable):
		status = http.StatusServiceUnavailable
	case errors.Is(err, mfa.ErrInvalid):
		status = http.StatusUnauthorized
	default:
		status = http.StatusForbidden
	}
	c.JSON(status, gin.H{"error": "mfa_failed"})
	c.Abort()
}

// RequireOrPass picks 200 for an unavailable service and goes on: the
// status is not a failure on every write, and the chain lets every
// other error through. Reported.
func (s *Server) RequireOrPass(c *gin.Context) {
	err := s.MFA.CheckSession(c.Request.Context(), c.GetString("user"), c.GetHeader("X-MFA-Session"))
	if err != nil {
		status := http.StatusOK
		if errors.Is(err, mfa.ErrInvalid) { // want `fail-open errors.Is chain over SurePassID return codes`
			status = http.StatusUnauthorized
			c.AbortWithStatusJSON(status, gin.H{"error": "session_invalid"})
			return
		}
		c.Header("X-MFA-Status", http.StatusText(status))
	}
	c.Next()
}
