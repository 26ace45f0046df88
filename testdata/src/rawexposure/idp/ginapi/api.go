// Package ginapi is the identity platform's JSON API on gin.
package ginapi

import (
	"errors"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/idp/spapi"
	"rawexposure/idp/sppolicy"
)

type API struct {
	SP      *spapi.Client
	Policy  sppolicy.Policy
	Verbose bool
}

func (a *API) Routes(r *gin.Engine) {
	r.POST("/otp/send", a.SendCode)
	r.POST("/otp/verify", a.Verify)
}

func (a *API) SendCode(c *gin.Context) {
	err := a.SP.SendOTP(c.Request.Context(), c.PostForm("user"))
	if err == nil {
		c.Status(http.StatusNoContent)
		return
	}
	var apiErr *spapi.Error
	if errors.As(err, &apiErr) && a.Policy.ShowDetail(apiErr.Code) {
		c.JSON(http.StatusBadGateway, gin.H{"error": apiErr.Message}) // allowed: the tenant's policy shows delivery problems
		return
	}
	if errors.As(err, &apiErr) && sppolicy.Retryable(apiErr.Code) {
		c.AbortWithStatusJSON(http.StatusServiceUnavailable, gin.H{"error": err.Error(), "retry": true}) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the gin response body`
		return
	}
	msg := err.Error()
	log.Printf("send otp: %s", msg)
	msg = "We could not send the code."
	c.JSON(http.StatusBadGateway, gin.H{"error": msg})
}

func (a *API) Verify(c *gin.Context) {
	resp, err := a.SP.Validate(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "Sign-in failed."})
		return
	}
	if resp.ErrorCode == spapi.CodeSuccess {
		c.JSON(http.StatusOK, gin.H{"valid": true})
		return
	}
	if sessionDelivery(int(resp.ErrorCode)) {
		c.JSON(http.StatusBadGateway, gin.H{"error": resp.ErrorMessage}) // allowed: a predicate on int literals
		return
	}
	detail := "Sign-in failed."
	if a.Verbose {
		detail = resp.ErrorMessage
	}
	c.JSON(http.StatusUnauthorized, gin.H{"valid": false, "error": detail}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the gin response body`

	reason := resp.ErrorMessage
	for _, hide := range []spapi.Code{spapi.CodeOTPInvalid, spapi.CodeSuccess} {
		if resp.ErrorCode == hide {
			reason = "Sign-in failed."
		}
	}
	c.Header("X-Reason", reason) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gin response header`
}

// sessionDelivery is the session-token service's check, on the published
// numbers: 9012 SMSSendError, 9031 EmailSendError.
func sessionDelivery(code int) bool {
	return code == 9012 || code == 9031
}
