package fiberapi

import (
	"log/slog"

	"github.com/gofiber/fiber/v2"
	"github.com/surepasslint/surepasslint/codes"
)

// safeLogin returns fiber errors with generic messages only.
func (h *Handlers) safeLogin(c *fiber.Ctx) error {
	if _, err := h.Auth.Login(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		slog.Warn("login", "err", err)
		return fiber.NewError(fiber.StatusUnauthorized, codes.GenericMessage)
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// safeStepUp answers itself and returns what c.JSON returns.
func (h *Handlers) safeStepUp(c *fiber.Ctx) error {
	if err := h.checkOTP(c); err != nil {
		slog.Warn("step-up", "err", err)
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": codes.GenericMessage})
	}
	return fiber.ErrUnauthorized
}

// audit is not a handler: it returns the raw error to a caller that logs it.
func (h *Handlers) audit(user, otp string) error {
	_, err := h.Auth.Login(nil, user, otp)
	return err
}
