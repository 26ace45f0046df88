// Package ginpages is the resort's gin admin pages: the same decisions // want package:`scoped gin errors raw errorMessage from otpcheck.readStatus; scoped gin errors reaches the gin response body via gin.Context.JSON`
// and errors as hzpages, attached with AbortWithError for an error
// middleware, and a user's raw status shown in a header.
package ginpages

import (
	"log"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"rawexposure/verdicts/otpcheck"
)

// Admin serves the admin pages.
type Admin struct {
	OTP *otpcheck.Client
}

// Check shows the decision's detail in the page.
func (a *Admin) Check(c *gin.Context) {
	d, err := a.OTP.Check(c.Request.Context(), c.Param("user"), c.PostForm("otp"))
	if err != nil {
		c.HTML(http.StatusOK, "check.tmpl", gin.H{"Flash": "The check is unavailable."})
		return
	}
	if !d.Allowed() {
		log.Printf("refused: %s", d.Detail())
		c.HTML(http.StatusOK, "check.tmpl", gin.H{"Flash": d.Detail()}) // want `raw SurePassID errorMessage \(from otpcheck.decision.text\) written to the gin response body`
		return
	}
	c.HTML(http.StatusOK, "check.tmpl", gin.H{"Flash": "Code accepted."})
}

// Release attaches the client's error with AbortWithError.
func (a *Admin) Release(c *gin.Context) {
	if err := a.OTP.Release(c.Request.Context(), c.Param("user"), c.Param("serial")); err != nil {
		_ = c.AbortWithError(http.StatusBadGateway, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// Errors writes the attached errors.
func Errors(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 {
		c.JSON(-1, gin.H{"error": c.Errors.String()}) // want `raw SurePassID errorMessage \(from otpcheck.readStatus\) written to the gin response body`
	}
}

// Status shows the user's raw status in a header, and logs the message.
func (a *Admin) Status(c *gin.Context) {
	status, text, err := a.OTP.Lookup(c.Request.Context(), c.Param("user"))
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	log.Printf("status of %s: %d %s", c.Param("user"), status, text)
	c.Header("X-OTP-Status", strconv.FormatInt(status, 10)) // want `raw SurePassID return code \(from otpcheck.readStatus\) written to a gin response header`
	c.JSON(http.StatusOK, gin.H{"active": status == 0})
}
