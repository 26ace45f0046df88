// Package plainrespond is a generic gin error helper with no SurePassID
// signal: the check gives such a package only the "parameter reaches a
// sink" part of its summaries, so that its callers are checked.
package plainrespond

import "github.com/gin-gonic/gin"

// Fail aborts the request with {"error": msg}.
func Fail(c *gin.Context, status int, msg string) { // want Fail:`rawexposure\(param 2 reaches the gin response body via gin.Context.AbortWithStatusJSON\)`
	c.AbortWithStatusJSON(status, gin.H{"error": msg})
}
