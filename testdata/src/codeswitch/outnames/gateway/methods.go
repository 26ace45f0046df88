package gateway

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/outnames/mfa"
)

var errStepUp = errors.New("gateway: step-up verification failed")

// StepUpCode switches on the code's name by its method: reported.
func StepUpCode(sp mfa.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		switch mfa.Code(resp.GetErrorCode()).Outcome() { // want `fail-open switch over SurePassID return codes`
		case "replayed", "invalid", "locked":
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Confirm keeps the name in a local: reported.
func Confirm(sp mfa.Verifier, c *gin.Context) error {
	resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
	if err != nil {
		return err
	}
	outcome := mfa.OutcomeOf(resp.GetErrorCode()) // want `fail-open table lookup over SurePassID return codes`
	if outcome == "invalid" || outcome == "locked" {
		return errStepUp
	}
	c.Set("confirmed", true)
	return nil
}

// ConfirmStrict accepts "ok" only: fail-closed, not reported.
func ConfirmStrict(sp mfa.Verifier, c *gin.Context) error {
	resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
	if err != nil {
		return err
	}
	if mfa.Code(resp.GetErrorCode()).Outcome() != "ok" {
		return errStepUp
	}
	c.Set("confirmed", true)
	return nil
}

// Gate keeps the names in a field its constructor fills.
type Gate struct {
	sp    mfa.Verifier
	names map[int32]string
}

// NewGate builds a Gate.
func NewGate(sp mfa.Verifier) *Gate {
	return &Gate{sp: sp, names: mfa.OutcomeNames()}
}

// Handle rejects two names: reported.
func (g *Gate) Handle(c *gin.Context) {
	resp, err := g.sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if name := g.names[resp.GetErrorCode()]; name == "replayed" || name == "invalid" { // want `fail-open if-else chain over SurePassID return codes`
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

// Reset decides in a tagless switch on the method's name: reported.
func Reset(sp mfa.Verifier, c *gin.Context) error {
	resp, err := sp.Verify(c.Request.Context(), c.GetHeader("X-User"), c.GetHeader("X-OTP"))
	if err != nil {
		return err
	}
	code := mfa.Code(resp.GetErrorCode())
	switch { // want `fail-open switch over SurePassID return codes`
	case code.Outcome() == "locked":
		return errStepUp
	case code.Outcome() == "replayed" || code.Outcome() == "invalid":
		return errStepUp
	}
	c.Set("reset", true)
	return nil
}
