// Package fibermixed runs two apps: the admin app maps errors safely, the
// public app keeps fiber's default error handler, which sends err.Error().
// A handler cannot tell which app serves it, so its raw returns are
// reported.
package fibermixed

import (
	"github.com/gofiber/fiber/v2"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/auth"
)

// New builds both apps.
func New(a *auth.Service) (admin, public *fiber.App) {
	admin = fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		return c.Status(fiber.StatusInternalServerError).SendString(codes.GenericMessage)
	}})
	public = fiber.New()
	public.Post("/login", func(c *fiber.Ctx) error {
		_, err := a.Login(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
		return err // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
	})
	return admin, public
}
