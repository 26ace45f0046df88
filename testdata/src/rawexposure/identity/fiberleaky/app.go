// Package fiberleaky configures an ErrorHandler that sends the error's
// text, as the default one does: returned raw errors are still exposed.
package fiberleaky

import (
	"github.com/gofiber/fiber/v2"

	"rawexposure/identity/auth"
)

// New builds the app.
func New(a *auth.Service) *fiber.App {
	app := fiber.New(fiber.Config{
		ErrorHandler: func(c *fiber.Ctx, err error) error {
			return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
		},
	})
	app.Post("/login", func(c *fiber.Ctx) error {
		_, err := a.Login(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
		return err // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
	})
	return app
}
