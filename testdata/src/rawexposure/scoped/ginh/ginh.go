// Package ginh holds gin handlers that attach the client's errors with // want package:`scoped gin errors raw errorMessage from mfa.Verify`
// c.Error: the error middleware ginmain registers writes them.
package ginh

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/scoped/mfa"
)

// Handlers serve the sign-in pages.
type Handlers struct {
	MFA *mfa.Client
}

// Verify attaches the client's error for the middleware.
func (h *Handlers) Verify(c *gin.Context) {
	if err := h.MFA.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		_ = c.Error(err)
		return
	}
	c.Status(http.StatusNoContent)
}
