package fiberweb

import (
	"log/slog"

	"github.com/gofiber/fiber/v2"
	"github.com/surepasslint/surepasslint/codes"
)

// safeValidate logs the raw message and shows codes.UserMessage.
func (h *handler) safeValidate(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		slog.Error("surepass call failed", "err", err)
		return fiber.NewError(fiber.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		slog.Warn("otp rejected", "code", resp.ErrorCode, "message", resp.ErrorMessage)
		return fiber.NewError(fiber.StatusUnauthorized, codes.UserMessage(codes.ReturnCode(resp.ErrorCode)))
	}
	return c.JSON(fiber.Map{"valid": resp.ErrorCode == 0})
}

// safeText sends constant text only.
func (h *handler) safeText(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode != 0 {
		return c.Status(fiber.StatusUnauthorized).SendString(codes.GenericMessage)
	}
	return c.SendString("signed in")
}
