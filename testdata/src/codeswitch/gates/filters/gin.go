package filters

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/gates/ssoauth"
)

// DoorAPI guards the door API: a gin middleware goes on to the next
// handler unless it aborts.
func DoorAPI(sp ssoauth.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		ans, err := sp.CheckSession(c.Request.Context(), c.GetHeader("Authorization"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		switch ans.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		case ssoauth.StatusSessionTokenInvalid:
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "session expired"})
		case ssoauth.StatusPartnerUserLoginDisabled:
			c.Abort()
		}
	}
}

// StaffAPI aborts every code but Success: fail-closed, not reported.
func StaffAPI(sp ssoauth.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		ans, err := sp.CheckSession(c.Request.Context(), c.GetHeader("Authorization"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if ans.ErrorCode != ssoauth.StatusSuccess {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "sign in again"})
			return
		}
		c.Set("member", c.GetHeader("X-Member"))
	}
}

// KioskAPI continues by a call, as net/http, echo and fiber middleware
// do; the codes it does not list reach c.Next(): reported.
func KioskAPI(sp ssoauth.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		ans, err := sp.CheckSession(c.Request.Context(), c.GetHeader("Authorization"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if ans.ErrorCode == ssoauth.StatusSessionTokenInvalid { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
