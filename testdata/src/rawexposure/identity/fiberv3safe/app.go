// Package fiberv3safe is a fiber v3 app whose ErrorHandler literal maps
// every error to its status text: handlers may return raw errors.
package fiberv3safe

import (
	"errors"
	"net/http"

	"github.com/gofiber/fiber/v3"

	"rawexposure/identity/auth"
)

// New builds the app.
func New(a *auth.Service) *fiber.App {
	app := fiber.New(fiber.Config{
		ErrorHandler: func(c fiber.Ctx, err error) error {
			code := fiber.StatusInternalServerError
			var fe *fiber.Error
			if errors.As(err, &fe) {
				code = fe.Code
			}
			return c.Status(code).SendString(http.StatusText(code))
		},
	})
	app.Post("/login", func(c fiber.Ctx) error {
		_, err := a.Login(c.Context(), c.FormValue("user"), c.FormValue("otp"))
		return err
	})
	return app
}
