// Package fiberctor builds apps whose error handlers (package fiberrender)
// show only fiber.NewError messages: a plain error returned from a handler
// is hidden, the message of fiber.NewError is sent.
package fiberctor

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"rawexposure/frameworks/fiberrender"
	"rawexposure/frameworks/spclient"
)

type shop struct {
	sp *spclient.Client
}

func (s *shop) redeem(c *fiber.Ctx) error {
	if err := s.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		if c.Query("v") == "2" {
			return fiber.NewError(fiber.StatusBadGateway, err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
		}
		return fmt.Errorf("redeem: %w", err) // hidden by fiberrender.Errors
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *shop) cancel(c *fiber.Ctx) error {
	if err := s.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return &fiber.Error{Code: fiber.StatusForbidden, Message: "cancel failed: " + err.Error()} // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
	}
	return nil
}

// audit is served by the app whose handler logs everything: quiet.
func (s *shop) audit(c *fiber.Ctx) error {
	if err := s.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return nil
}

// NewApps builds the storefront (fiberrender.Errors), the kiosk
// (fiberrender.Plain) and the back office (fiberrender.Quiet).
func NewApps(sp *spclient.Client) (store, kiosk, office *fiber.App) {
	s := &shop{sp: sp}
	store = fiber.New(fiber.Config{ErrorHandler: fiberrender.Errors})
	store.Post("/redeem", s.redeem)
	kiosk = fiber.New(fiber.Config{ErrorHandler: fiberrender.Plain})
	kiosk.Post("/cancel", s.cancel)
	kiosk.Post("/pin", func(c *fiber.Ctx) error {
		if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("pin")); err != nil {
			return fiber.NewError(fiber.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
		}
		return sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")) // a plain error: hidden
	})
	office = fiber.New(fiber.Config{ErrorHandler: fiberrender.Quiet})
	office.Post("/audit", s.audit)
	return store, kiosk, office
}
