// Package fibersafe is the admin console: its fiber app maps every error a
// handler returns to a generic message in its own ErrorHandler, so
// returning the raw error is not an exposure.
package fibersafe

import (
	"errors"
	"log/slog"

	"github.com/gofiber/fiber/v2"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/auth"
)

// New builds the app.
func New(a *auth.Service) *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: errorHandler})
	app.Post("/admin/login", func(c *fiber.Ctx) error {
		_, err := a.Login(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
		return err
	})
	return app
}

func errorHandler(c *fiber.Ctx, err error) error {
	status := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		status = fe.Code
	}
	slog.Error("request failed", "err", err)
	return c.Status(status).JSON(fiber.Map{"error": codes.GenericMessage})
}
