// Package gateway guards the API with SurePassID's OTP check.
package gateway

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/outnames/mfa"
)

// RequireOTP rejects three outcomes by name; bypass, backend_error,
// expired and every code the table does not list ("") reach c.Next().
func RequireOTP(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		names := mfa.OutcomeNames()
		outcome := names[resp.GetErrorCode()] // want `fail-open table lookup over SurePassID return codes`
		if outcome == "invalid" || outcome == "replayed" || outcome == "locked" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "verification failed"})
			return
		}
		c.Set("mfa", true)
		c.Next()
	}
}

// StepUp switches on the exported table's name: reported.
func StepUp(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		switch mfa.Outcomes[resp.GetErrorCode()] { // want `fail-open switch over SurePassID return codes`
		case "replayed", "invalid":
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Locked only stops a locked account: reported.
func Locked(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		label, ok := mfa.Labels()[resp.GetErrorCode()]
		if ok && label == "locked" { // want `fail-open if-else chain over SurePassID return codes`
			c.AbortWithStatus(http.StatusLocked)
			return
		}
		c.Next()
	}
}

// Strict rejects every outcome but "ok": fail-closed, not reported.
func Strict(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		outcome := mfa.OutcomeNames()[resp.GetErrorCode()]
		if outcome != "ok" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "verification failed"})
			return
		}
		c.Next()
	}
}

// Metered labels its metrics with the names and decides on the code:
// not reported.
func Metered(sp mfa.Verifier, hits map[string]int) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		label := mfa.Outcomes[resp.GetErrorCode()]
		hits[label]++
		log.Printf("mfa outcome=%s", label)
		if resp.GetErrorCode() != 0 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Recovery rejects every name Labels gives a failure, but not the codes
// it leaves out, which pass with "": reported at the lookup.
func Recovery(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		kind := mfa.Labels()[resp.GetErrorCode()] // want `fail-open table lookup over SurePassID return codes`
		switch kind {
		case "replayed", "invalid", "locked":
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
