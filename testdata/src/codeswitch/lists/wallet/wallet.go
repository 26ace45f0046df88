// Package wallet guards wallet top-ups and card changes behind a
// SurePassID check (gin handlers), searching the fraud team's shared lists
// of codes in the other ways Go code spells a membership test.
package wallet

import (
	"context"
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"

	"codeswitch/lists/spcodes"
)

// Checker answers the vendor's code for a one-time password, and for a
// card's device enrollment.
type Checker interface {
	CheckOTP(ctx context.Context, user, otp string) (code int, message string, err error)
	AddOATHDevice(ctx context.Context, user, serial string) (code int, message string, err error)
}

// Handlers serves the wallet routes.
type Handlers struct{ OTP Checker }

// inSet is the team's own membership helper.
func inSet(set []int, v int) bool {
	for _, x := range set {
		if x == v {
			return true
		}
	}
	return false
}

// TopUp refuses the lockout answers found by index. Reported.
func (h *Handlers) TopUp(c *gin.Context) {
	code, _, err := h.OTP.CheckOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if slices.Index(spcodes.Throttled(), code) >= 0 { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		c.AbortWithStatus(http.StatusLocked)
		return
	}
	c.Status(http.StatusNoContent)
}

// ChangeCard refuses the listed answers matched by a function. Reported.
func (h *Handlers) ChangeCard(c *gin.Context) {
	code, _, err := h.OTP.CheckOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if slices.ContainsFunc(spcodes.HardFailures(), func(k int) bool { return k == code }) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}

// Withdraw refuses the replays through the team's helper. Reported.
func (h *Handlers) Withdraw(c *gin.Context) {
	code, _, err := h.OTP.CheckOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if inSet(spcodes.Replays, code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}

// LinkCard enrolls the card's token and lets through only the
// allow-listed answers (Success, and a token already enrolled), searched
// by index. Quiet.
func (h *Handlers) LinkCard(c *gin.Context) {
	code, _, err := h.OTP.AddOATHDevice(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if slices.Index(spcodes.EnrollOK(), code) == -1 {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}

// Freeze refuses the lockouts, then everything but Success: fail-closed
// twin. Quiet.
func (h *Handlers) Freeze(c *gin.Context) {
	code, _, err := h.OTP.CheckOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if slices.ContainsFunc(spcodes.Throttled(), func(k int) bool { return code == k }) {
		c.AbortWithStatus(http.StatusLocked)
		return
	}
	if code != spcodes.Success {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}
