package fiberapi

import (
	"errors"
	"log/slog"

	"github.com/gofiber/fiber/v2"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/spclient"
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

// resend shows SurePassID's text only for a delivery failure, a code that
// is not security-relevant: the returned error is allowed there.
func (h *Handlers) resend(c *fiber.Ctx) error {
	err := h.Auth.StepUp(c.UserContext(), nil, c.FormValue("otp"))
	var apiErr *spclient.Error
	if errors.As(err, &apiErr) {
		if apiErr.Code == int(codes.SMSSendError) {
			return err
		}
		return fiber.NewError(fiber.StatusUnauthorized, codes.GenericMessage)
	}
	if err != nil {
		return fiber.ErrBadGateway
	}
	return c.SendStatus(fiber.StatusNoContent)
}
