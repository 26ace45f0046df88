// Package fiberapps builds two fiber apps: the admin app's ErrorHandler
// logs the error and sends a constant, the public app keeps fiber's default
// handler, which sends err.Error(). Handlers are judged by the apps they
// are registered on.
package fiberapps

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"rawexposure/frameworks/spclient"
)

type handlers struct {
	sp *spclient.Client
}

// unlock is served by the admin app only: quiet.
func (h *handlers) unlock(c *fiber.Ctx) error {
	return h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
}

// login is served by the public app: reported.
func (h *handlers) login(c *fiber.Ctx) error {
	if err := h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a fiber handler`
	}
	return c.SendString("signed in")
}

// verify is served by both apps: the public one sends the text.
func (h *handlers) verify(c *fiber.Ctx) error {
	if err := h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a fiber handler`
	}
	return nil
}

// New builds both apps.
func New(sp *spclient.Client) (admin, public *fiber.App) {
	h := &handlers{sp: sp}
	admin = fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		log.Printf("admin: %v", err)
		return c.Status(fiber.StatusInternalServerError).SendString("request failed")
	}})
	ops := admin.Group("/ops")
	ops.Post("/unlock", h.unlock)
	ops.Post("/reset", func(c *fiber.Ctx) error {
		return h.sp.Verify(c.UserContext(), c.FormValue("user"), "")
	})
	admin.Post("/verify", h.verify)

	public = fiber.New()
	public.Post("/login", h.login)
	public.Post("/verify", h.verify)
	public.Post("/check", func(c *fiber.Ctx) error {
		return h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a fiber handler`
	})
	return admin, public
}
