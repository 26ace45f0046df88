// Package locals passes the outcome of the OTP check from a fiber // want package:`scoped "mfaError" raw errorMessage from mfa.Message; scoped "mfaError" reaches the fiber response body via fiber.Ctx.Render; scoped "user" reaches .*; scoped "mfaNotice" reaches .*; scoped "requestID" reaches`
// middleware to the handlers through c.Locals.
package locals

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"rawexposure/scoped/mfa"
)

const mfaErrorKey = "mfaError"

// RequireOTP checks the OTP and leaves the outcome for the handlers.
func RequireOTP(sp *mfa.Client) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if msg := sp.Message(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); msg != "" {
			c.Locals(mfaErrorKey, msg)
			c.Locals("mfaNotice", "Check the code on your phone.")
		}
		c.Locals("requestID", c.Get("X-Request-ID"))
		c.Locals("user", c.FormValue("user"))
		return c.Next()
	}
}

// Login shows the check's outcome.
func Login(c *fiber.Ctx) error {
	if msg, ok := c.Locals("mfaError").(string); ok {
		return c.Status(fiber.StatusUnauthorized).SendString(msg) // want `raw SurePassID errorMessage \(from mfa.Message\) written to the (gin|fiber) response body`
	}
	return c.SendString("signed in")
}

// Page renders the outcome in a template's data.
func Page(c *fiber.Ctx) error {
	return c.Render("login", fiber.Map{ // want `raw SurePassID errorMessage \(from mfa.Message\) written to the (gin|fiber) response body`
		"Error": c.Locals(mfaErrorKey),
		"User":  c.Locals("user"),
	})
}

// Notice shows the generic notice, the request ID and the user name: quiet.
func Notice(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{
		"notice":    c.Locals("mfaNotice"),
		"requestID": c.Locals("requestID"),
		"user":      c.Locals("user"),
	})
}

// Audit only logs the raw message: quiet.
func Audit(c *fiber.Ctx) error {
	log.Printf("mfa failure for %v: %v", c.Locals("user"), c.Locals(mfaErrorKey))
	return c.Next()
}
