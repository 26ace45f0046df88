// Package plainrespond is a generic gin error helper with no SurePassID
// signal: the check does no work in such packages (that is what keeps it
// cheap), so what its parameters reach is not known to callers.
package plainrespond

import "github.com/gin-gonic/gin"

// Fail aborts the request with {"error": msg}.
func Fail(c *gin.Context, status int, msg string) {
	c.AbortWithStatusJSON(status, gin.H{"error": msg})
}
