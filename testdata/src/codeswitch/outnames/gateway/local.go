package gateway

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/outnames/mfa"
)

// verdicts is the gateway's own table, read through a function.
var verdicts = map[int32]string{
	0:    "pass",
	9002: "deny",
	9003: "deny",
	9015: "deny",
	9043: "retry",
}

func verdictNames() map[int32]string { return verdicts }

func verdictOf(code int32) string { return verdicts[code] }

// Admin denies by the gateway's own names; "retry" and every unlisted
// code pass: reported.
func Admin(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if verdictNames()[resp.GetErrorCode()] == "deny" { // want `fail-open if-else chain over SurePassID return codes`
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

// Audit denies by verdictOf; reported.
func Audit(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		switch verdictOf(resp.GetErrorCode()) { // want `fail-open switch over SurePassID return codes`
		case "deny":
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

// Billing passes "pass" only: fail-closed, not reported.
func Billing(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if verdictOf(resp.GetErrorCode()) != "pass" {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}
