// Package respond holds the JSON error helpers the gin handlers share.
package respond

import (
	"github.com/gin-gonic/gin"
	"github.com/surepasslint/surepasslint/codes"
)

// Fail aborts the request with {"error": msg}.
func Fail(c *gin.Context, status int, msg string) { // want Fail:"reaches the gin response body"
	c.AbortWithStatusJSON(status, gin.H{"error": msg})
}

// FailErr aborts the request with the error's text.
func FailErr(c *gin.Context, status int, err error) { // want FailErr:"reaches the gin response body"
	Fail(c, status, err.Error())
}

// FailCode aborts the request with the safe message for code.
func FailCode(c *gin.Context, status int, code codes.ReturnCode) {
	Fail(c, status, codes.UserMessage(code))
}
