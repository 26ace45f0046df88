// Package fiberv3api is the fiber v3 port of the sign-in API.
package fiberv3api

import (
	"fmt"

	"github.com/gofiber/fiber/v3"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/auth"
)

// Handlers serve the sign-in routes.
type Handlers struct {
	Auth *auth.Service
}

// Mount registers the routes.
func (h *Handlers) Mount(app *fiber.App) {
	app.Post("/login", h.login)
	app.Group("/v1").Post("/step-up", func(c fiber.Ctx) error {
		err := h.Auth.StepUp(c.Context(), &auth.Session{User: c.FormValue("user")}, c.FormValue("otp"))
		if err != nil {
			return fmt.Errorf("step-up: %w", err) // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
		}
		return nil
	})
	app.Post("/safe", h.safe)
}

func (h *Handlers) login(c fiber.Ctx) error {
	if _, err := h.Auth.Login(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
	}
	return c.SendStatus(fiber.StatusOK)
}

func (h *Handlers) safe(c fiber.Ctx) error {
	if _, err := h.Auth.Login(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, codes.GenericMessage)
	}
	return c.SendStatus(fiber.StatusOK)
}
