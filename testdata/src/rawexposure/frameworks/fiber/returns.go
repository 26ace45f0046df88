package fiberweb

import "github.com/gofiber/fiber/v2"

// verifyReturn returns the client's error: fiber's DefaultErrorHandler
// sends err.Error() of any error a handler returns, so this leaks the
// wrapped message. The fix keeps the status the default handler sends for
// a plain error (500) and replaces the text.
func (h *handler) verifyReturn(c *fiber.Ctx) error {
	if err := h.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a fiber handler`
	}
	return c.SendStatus(fiber.StatusNoContent)
}
