// Package fiberv3web is a fiber v3 front end for SurePassID OTP sign-in.
package fiberv3web

import (
	"log/slog"

	"github.com/gofiber/fiber/v3"

	"rawexposure/frameworks/spclient"
)

type handler struct {
	sp *spclient.Client
}

func (h *handler) register(app *fiber.App) {
	app.Post("/otp", h.validate)
	app.Post("/otp/verify", h.verify)
	app.Get("/otp/sso", h.sso)
}

func (h *handler) validate(c fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		slog.Error("surepass call failed", "err", err)
		return fiber.NewError(fiber.StatusInternalServerError)
	}
	if resp.ErrorCode != 0 {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	}
	return c.JSON(fiber.Map{"valid": resp.ErrorCode == 0})
}

func (h *handler) verify(c fiber.Ctx) error {
	if err := h.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewErrorf(fiber.StatusUnauthorized, "sign-in failed: %v", err) // want `raw SurePassID errorMessage .*fiber`
	}
	return c.SendString("signed in")
}

func (h *handler) sso(c fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.Context(), c.Query("user"), c.Query("otp"))
	if err != nil {
		return c.Redirect().Status(fiber.StatusSeeOther).To("/login?error=unavailable")
	}
	if resp.ErrorCode != 0 {
		return c.Redirect().With("error", resp.ErrorMessage).To("/login") // want `raw SurePassID errorMessage .*fiber`
	}
	return c.Redirect().To("/home")
}

func (h *handler) text(c fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	return c.Status(fiber.StatusUnauthorized).SendString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
}
