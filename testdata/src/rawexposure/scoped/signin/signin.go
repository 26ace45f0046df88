// Package signin leaves the outcome of the OTP check for flash's layout. // want package:`scoped "flash" raw errorMessage from mfa.Message; scoped "mfaDetail" raw errorMessage from mfa.Message`
package signin

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"rawexposure/scoped/flash"
	"rawexposure/scoped/mfa"
)

// Handlers serve the sign-in pages.
type Handlers struct {
	MFA *mfa.Client
}

// Verify leaves the raw message under the layout's key: reported at the
// store.
func (h *Handlers) Verify(c *fiber.Ctx) error {
	if msg := h.MFA.Message(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); msg != "" {
		log.Printf("otp rejected: %s", msg)
		c.Locals(flash.FlashKey, msg) // want `raw SurePassID errorMessage \(from mfa.Message\) written to the fiber response body when read back under "flash"`
	}
	c.Locals(flash.TraceKey, c.Get("X-Request-ID"))
	return flash.Render(c, "verify")
}

// Resend leaves a fixed notice and keeps the raw message under a key the
// layout does not show: quiet.
func (h *Handlers) Resend(c *fiber.Ctx) error {
	if msg := h.MFA.Message(c.UserContext(), c.FormValue("user"), ""); msg != "" {
		c.Locals("mfaDetail", msg)
		c.Locals(flash.FlashKey, "We could not send a code. Try again.")
	}
	return flash.Render(c, "resend")
}
