package fiberweb

import (
	"github.com/gofiber/fiber/v2"
	"github.com/surepasslint/surepasslint/codes"
)

// sendSMS shows the raw message only where the code is proved not
// security-relevant (a delivery failure); everywhere else it is reported.
func (h *handler) sendSMS(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), "")
	if err != nil {
		return fiber.ErrBadGateway
	}
	switch codes.ReturnCode(resp.ErrorCode) {
	case codes.Success:
		return c.SendStatus(fiber.StatusNoContent)
	case codes.SMSSendError:
		return c.Status(fiber.StatusBadGateway).SendString(resp.ErrorMessage)
	case codes.OTPInvalid:
		return c.Status(fiber.StatusUnauthorized).SendString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	default:
		return fiber.NewError(fiber.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	}
}
