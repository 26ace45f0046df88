// Package fiberh holds fiber handlers registered by fiberapp's main.
package fiberh

import (
	"github.com/gofiber/fiber/v2"

	"rawexposure/scoped/mfa"
)

// Handlers serve the sign-in pages.
type Handlers struct {
	MFA *mfa.Client
}

// Login returns the client's error: fiber's default error handler, which
// this package is judged by, sends its text.
func (h *Handlers) Login(c *fiber.Ctx) error { // want Login:`result 0 raw errorMessage from mfa.Verify`
	if err := h.MFA.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from mfa.Verify\) returned from a fiber handler`
	}
	return c.SendString("signed in")
}

// Logout returns only fiber errors of its own.
func (h *Handlers) Logout(c *fiber.Ctx) error {
	if c.FormValue("user") == "" {
		return fiber.NewError(fiber.StatusBadRequest, "missing user")
	}
	return c.SendStatus(fiber.StatusNoContent)
}
