// Package flash is the site's layout: it renders the notice a handler // want package:`scoped "flash" reaches the fiber response body via fiber.Ctx.Render; scoped "requestID" reaches`
// left in c.Locals under FlashKey, and the request's ID. It has no
// SurePassID code of its own.
package flash

import "github.com/gofiber/fiber/v2"

// FlashKey is where handlers leave the notice to show.
const FlashKey = "flash"

// TraceKey is where the request ID is kept.
const TraceKey = "requestID"

// Render renders page with the notice.
func Render(c *fiber.Ctx, page string) error {
	return c.Render(page, fiber.Map{
		"Flash":     c.Locals(FlashKey),
		"RequestID": c.Locals(TraceKey),
	})
}
