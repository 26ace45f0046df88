// Package ginapi is the platform's gin API. // want package:`scoped gin errors raw errorMessage from spclient.do`
package ginapi

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/auth"
)

type api struct {
	auth *auth.Service
}

func (a *api) routes(r *gin.Engine) {
	r.POST("/login", a.login)
	r.POST("/step-up", a.stepUp)
	r.POST("/safe", a.safe)
}

// login binds the response method once and answers through it.
func (a *api) login(c *gin.Context) {
	send := c.JSON
	if _, err := a.auth.Login(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		send(http.StatusUnauthorized, gin.H{"error": err.Error()}) // want `raw SurePassID errorMessage \(from spclient.do\) written to the gin response body`
		return
	}
	send(http.StatusOK, gin.H{"ok": true})
}

// stepUp picks the writer by the Accept header.
func (a *api) stepUp(c *gin.Context) {
	write := c.JSON
	if c.GetHeader("Accept") == "application/xml" {
		write = c.XML
	}
	err := a.auth.StepUp(c.Request.Context(), &auth.Session{User: c.PostForm("user")}, c.PostForm("otp"))
	if err != nil {
		write(http.StatusForbidden, gin.H{"error": "step-up failed: " + err.Error()}) // want `raw SurePassID errorMessage \(from spclient.do\) written to the gin response body`
	}
}

// safe: c.Error keeps the error for the logging middleware, the bound
// method sends the generic text.
func (a *api) safe(c *gin.Context) {
	send := c.AbortWithStatusJSON
	if _, err := a.auth.Login(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		_ = c.Error(err)
		send(http.StatusUnauthorized, gin.H{"error": codes.GenericMessage})
	}
	status := c.Status
	status(http.StatusNoContent)
}
