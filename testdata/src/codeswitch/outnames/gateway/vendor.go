// The gateway also checks partner tokens with another vendor, whose table
// of statuses reads like the team's SurePassID names.
package gateway

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Reply is the other vendor's answer.
type Reply struct {
	Status int    `json:"status"`
	Detail string `json:"detail"`
}

// Checker checks a token.
type Checker interface {
	Check(ctx context.Context, token string) (*Reply, error)
}

var statusNames = map[int]string{
	200: "ok",
	401: "invalid",
	409: "replayed",
	423: "locked",
}

// Guard rejects by name: another vendor's table, not reported.
func Guard(ck Checker) gin.HandlerFunc {
	return func(c *gin.Context) {
		rep, err := ck.Check(c.Request.Context(), c.GetHeader("Authorization"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		outcome := statusNames[rep.Status]
		if outcome == "invalid" || outcome == "replayed" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
