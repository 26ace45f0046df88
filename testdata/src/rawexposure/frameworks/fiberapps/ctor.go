package fiberapps

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"rawexposure/frameworks/spclient"
)

// fiber.NewError's message reaches the client through the app's error
// handler, like a returned error: judged per app.

type ctorHandlers struct {
	sp *spclient.Client
}

// hidden is served by the hiding app only: quiet.
func (h *ctorHandlers) hidden(c *fiber.Ctx) error {
	if err := h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, err.Error())
	}
	return nil
}

// shown is served by the default app: reported.
func (h *ctorHandlers) shown(c *fiber.Ctx) error {
	if err := h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
	}
	return nil
}

// NewCtorApps builds a hiding app and a default one.
func NewCtorApps(sp *spclient.Client) (hiding, open *fiber.App) {
	h := &ctorHandlers{sp: sp}
	hiding = fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		log.Printf("ctor: %v", err)
		return c.SendStatus(fiber.StatusInternalServerError)
	}})
	hiding.Post("/hidden", h.hidden)
	hiding.Post("/deny", func(c *fiber.Ctx) error {
		if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
			return fiber.NewError(fiber.StatusUnauthorized, err.Error())
		}
		return nil
	})
	open = fiber.New()
	open.Post("/shown", h.shown)
	open.Post("/inline", func(c *fiber.Ctx) error {
		if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
			return fiber.NewError(fiber.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
		}
		return nil
	})
	return hiding, open
}
