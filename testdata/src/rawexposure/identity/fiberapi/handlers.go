// Package fiberapi is the platform's fiber (v2) API. The app runs with
// fiber's default error handler, which sends err.Error() of any error a
// handler returns.
package fiberapi

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"rawexposure/identity/auth"
	"rawexposure/identity/enroll"
)

// Handlers serve the sign-in routes.
type Handlers struct {
	Auth   *auth.Service
	Enroll *enroll.Service
}

// Mount registers the routes.
func (h *Handlers) Mount(app *fiber.App) {
	app.Post("/login", h.login)
	app.Post("/step-up", h.stepUp)
	v1 := app.Group("/v1", h.requireUser)
	v1.Post("/enroll", func(c *fiber.Ctx) error {
		if err := h.Enroll.Enroll(c.UserContext(), c.FormValue("user"), c.FormValue("otp"), c.FormValue("serial")); err != nil {
			return fmt.Errorf("enroll route: %w", err) // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
		}
		return c.SendStatus(fiber.StatusNoContent)
	})
	app.Post("/reset", h.reset())
}

func (h *Handlers) login(c *fiber.Ctx) error {
	sess, err := h.Auth.Login(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
	}
	return c.JSON(fiber.Map{"user": sess.User})
}

// stepUp returns the error of a helper with the handler's own shape; the
// helper is called, so its returns are the caller's business.
func (h *Handlers) stepUp(c *fiber.Ctx) error {
	return h.checkOTP(c) // want `raw SurePassID errorMessage \(from spclient.do\) returned from a fiber handler`
}

func (h *Handlers) checkOTP(c *fiber.Ctx) error {
	return h.Auth.StepUp(c.UserContext(), &auth.Session{User: c.FormValue("user")}, c.FormValue("otp"))
}

func (h *Handlers) requireUser(c *fiber.Ctx) error {
	if c.FormValue("user") == "" {
		return fiber.ErrBadRequest
	}
	return c.Next()
}

// reset builds its handler in a closure, and answers through a local
// helper closure.
func (h *Handlers) reset() fiber.Handler {
	return func(c *fiber.Ctx) error {
		fail := func(status int, msg string) error {
			return c.Status(status).JSON(fiber.Map{"error": msg})
		}
		if _, err := h.Auth.Login(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
			return fail(fiber.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the fiber response body by fail`
		}
		return c.SendStatus(fiber.StatusNoContent)
	}
}
