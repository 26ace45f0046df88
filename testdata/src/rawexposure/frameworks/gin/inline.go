package ginweb

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/frameworks/spclient"
)

// router registers closures, as most gin examples do.
func router(sp *spclient.Client) *gin.Engine {
	r := gin.Default()
	api := r.Group("/api")
	api.POST("/otp", func(c *gin.Context) {
		var f otpForm
		if err := c.ShouldBindJSON(&f); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "user and otp are required"})
			return
		}
		if err := sp.Verify(c.Request.Context(), f.User, f.OTP); err != nil {
			c.JSON(http.StatusUnauthorized, gin.H{"error": err.Error()}) // want `raw SurePassID errorMessage .*gin`
			return
		}
		c.JSON(http.StatusOK, gin.H{"valid": true})
	})
	return r
}
