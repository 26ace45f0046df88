// Package ginapp passes the OTP check's outcome through c.Set, and the // want package:`scoped "authErr" raw errorMessage from mfa.Message; scoped gin errors raw errorMessage from mfa.Verify; scoped "authErr" reaches the gin response body via gin.Context.HTML; scoped gin errors reaches the gin response body via gin.Context.JSON; scoped "requestID" reaches`
// client's errors through c.Error to an error middleware that writes
// c.Errors.
package ginapp

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/scoped/mfa"
)

// checkOTP stores the raw message for the handlers.
func checkOTP(sp *mfa.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		if msg := sp.Message(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); msg != "" {
			c.Set("authErr", msg)
		}
		c.Set("requestID", c.GetHeader("X-Request-ID"))
		c.Next()
	}
}

// writeErrors sends the last error attached with c.Error.
func writeErrors(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 {
		c.JSON(http.StatusBadGateway, gin.H{"error": c.Errors.Last().Error()}) // want `raw SurePassID errorMessage \(from mfa.Verify\) written to the (gin|fiber) response body`
	}
}

// logErrors logs the errors and sends a fixed text: quiet.
func logErrors(c *gin.Context) {
	c.Next()
	for _, e := range c.Errors {
		log.Printf("request failed: %v", e.Err)
	}
	if len(c.Errors) > 0 {
		c.String(http.StatusBadGateway, "request failed")
	}
}

type handlers struct{ sp *mfa.Client }

func (h *handlers) login(c *gin.Context) {
	if msg := c.GetString("authErr"); msg != "" {
		c.JSON(http.StatusUnauthorized, gin.H{"error": msg}) // want `raw SurePassID errorMessage \(from mfa.Message\) written to the (gin|fiber) response body`
		return
	}
	c.String(http.StatusOK, "signed in")
}

func (h *handlers) verify(c *gin.Context) {
	if err := h.sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		_ = c.Error(err)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *handlers) status(c *gin.Context) {
	msg := c.MustGet("authErr")
	c.HTML(http.StatusOK, "status.tmpl", gin.H{"error": msg, "requestID": c.GetString("requestID")}) // want `raw SurePassID errorMessage \(from mfa.Message\) written to the (gin|fiber) response body`
}

func (h *handlers) trace(c *gin.Context) {
	if v, ok := c.Get("authErr"); ok {
		log.Printf("auth error: %v", v)
	}
	id, _ := c.Get("requestID")
	c.JSON(http.StatusOK, gin.H{"requestID": id})
}

// Routes builds the engine.
func Routes(sp *mfa.Client) *gin.Engine {
	h := &handlers{sp: sp}
	r := gin.New()
	r.Use(checkOTP(sp), writeErrors, logErrors)
	r.POST("/login", h.login)
	r.POST("/verify", h.verify)
	r.GET("/status", h.status)
	r.GET("/trace", h.trace)
	return r
}
