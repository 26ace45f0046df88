// Package fleetops is the fleet operators' console API on gin. Handlers
// hand their failures to gin with c.Error and return; the error middleware
// answers them with a status and a fixed text.
package fleetops

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/rejects/mfa"
)

var (
	errWrongCode   = errors.New("the code is not valid")
	errNotVerified = errors.New("verification failed")
)

// Console holds the handlers' dependencies.
type Console struct {
	MFA    *mfa.Client
	Unlock func(vehicle string) error
}

// Errors is the middleware that answers the errors handlers recorded.
func Errors() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if len(c.Errors) > 0 {
			c.JSON(http.StatusForbidden, gin.H{"error": "request refused"})
		}
	}
}

// UnlockVehicle records an error for two codes and unlocks the vehicle
// for any other answer, a lockout or a bypass attempt among them:
// reported.
func (k *Console) UnlockVehicle(c *gin.Context) {
	err := k.MFA.Verify(c.Request.Context(), c.GetString("operator"), c.PostForm("otp"))
	var apiErr *mfa.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `fail-open switch over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
		case 9003, 9030:
			_ = c.Error(errWrongCode)
			return
		}
	}
	if err := k.Unlock(c.Param("vehicle")); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	c.Status(http.StatusNoContent)
}

// Immobilize answers two codes with a conflict and records an error for
// every other one in the default: quiet.
func (k *Console) Immobilize(c *gin.Context) {
	err := k.MFA.Verify(c.Request.Context(), c.GetString("operator"), c.PostForm("otp"))
	var apiErr *mfa.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case 9003, 9030:
			c.JSON(http.StatusConflict, gin.H{"error": "wrong code"})
		default:
			_ = c.Error(errNotVerified)
		}
		return
	}
	if err != nil {
		c.Error(errNotVerified)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"status": "immobilizing"})
}

// Reassign records an error for one code, then for every other failure
// after the switch: quiet.
func (k *Console) Reassign(c *gin.Context) {
	err := k.MFA.Verify(c.Request.Context(), c.GetString("operator"), c.PostForm("otp"))
	var apiErr *mfa.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case 9015:
			c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "locked"})
			return
		}
		c.Error(errNotVerified)
		return
	}
	c.Status(http.StatusOK)
}
