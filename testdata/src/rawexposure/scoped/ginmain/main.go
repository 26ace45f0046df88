// Command ginmain registers ginh's handlers behind an error middleware
// that writes the last error's text.
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/scoped/ginh"
	"rawexposure/scoped/mfa"
)

func errorJSON(c *gin.Context) {
	c.Next()
	if err := c.Errors.Last(); err != nil {
		c.AbortWithStatusJSON(http.StatusBadGateway, gin.H{"error": err.Error()}) // want `raw SurePassID errorMessage \(from mfa.Verify\) written to the gin response body`
	}
}

func errorLog(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 {
		log.Print(c.Errors.String())
		c.AbortWithStatus(http.StatusBadGateway)
	}
}

func main() {
	h := &ginh.Handlers{MFA: &mfa.Client{HTTP: http.DefaultClient}}
	r := gin.New()
	r.Use(errorJSON, errorLog)
	r.POST("/verify", h.Verify)
	_ = r.Run(":8080")
}
