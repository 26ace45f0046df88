package gateway

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"

	"codeswitch/outnames/mfa"
)

// deniedOutcomes are the names the gateway refuses.
var deniedOutcomes = map[string]bool{
	"invalid":  true,
	"replayed": true,
	"locked":   true,
}

var hardOutcomes = []string{"locked", "invalid"}

// Payments refuses the names of a set; the others pass: reported.
func Payments(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		outcome := mfa.OutcomeNames()[resp.GetErrorCode()] // want `fail-open table lookup over SurePassID return codes`
		if deniedOutcomes[outcome] {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Transfers refuses the names of a list: reported.
func Transfers(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if slices.Contains(hardOutcomes, mfa.Code(resp.GetErrorCode()).Outcome()) { // want `fail-open if-else chain over SurePassID return codes`
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Statements refuses every name but "ok" through a set: not reported.
func Statements(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		outcome := mfa.OutcomeNames()[resp.GetErrorCode()]
		if !slices.Contains([]string{"ok"}, outcome) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
