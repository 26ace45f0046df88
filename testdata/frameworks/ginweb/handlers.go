// Package ginweb relays SurePassID answers through gin.
package ginweb

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/frameworks/othervendor"
	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// Router builds the gin engine.
func Router() *gin.Engine {
	r := gin.New()
	r.POST("/otp", verify)
	r.POST("/otp/raw", verifyRaw)
	r.POST("/otp/safe", verifySafe)
	r.GET("/shipments/:id", shipment)
	return r
}

func verify(c *gin.Context) {
	if err := sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": err.Error()}) // want "raw SurePassID errorMessage"
		return
	}
	c.String(http.StatusOK, "welcome")
}

func verifyRaw(c *gin.Context) {
	resp, err := sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		switch c.Query("via") {
		case "string":
			c.String(http.StatusUnauthorized, "sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "header":
			c.Header("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			c.Status(http.StatusUnauthorized)
		case "cookie":
			c.SetCookie("flash", resp.ErrorMessage, 60, "/", "", true, true) // want "raw SurePassID errorMessage"
			c.Redirect(http.StatusSeeOther, "/login")
		case "redirect":
			c.Redirect(http.StatusSeeOther, "/login?error="+resp.ErrorMessage) // want "raw SurePassID errorMessage"
		default:
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"code": resp.ErrorCode}) // want "raw SurePassID (return )?code"
		}
		return
	}
	c.String(http.StatusOK, "welcome")
}

// verifySafe: the error goes to c.Errors (gin logs it, never renders it),
// the user gets the status and a fixed text.
func verifySafe(c *gin.Context) {
	if err := sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		log.Printf("verify: %v", err)
		_ = c.AbortWithError(http.StatusUnauthorized, err)
		return
	}
	c.String(http.StatusOK, spclient.SafeMessage)
}

func shipment(c *gin.Context) {
	out, err := othervendor.Track(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	c.JSON(http.StatusOK, gin.H{"error": out.ErrorMessage})
}
