package gateway

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/outnames/spapi"
)

// Portal denies on Deny and sends Challenge to step-up; the codes the
// table leaves out (PartnerUserLoginDisabled) get "" and pass: reported.
func Portal(sp spapi.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		rep, err := sp.Check(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		switch spapi.Verdicts[rep.Code] { // want `fail-open switch over SurePassID return codes`
		case spapi.Deny:
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		case spapi.Challenge:
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"next": "/step-up"})
			return
		}
		c.Next()
	}
}

// PortalStrict passes Allow only: not reported.
func PortalStrict(sp spapi.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		rep, err := sp.Check(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if spapi.Verdicts[rep.Code] != spapi.Allow {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
