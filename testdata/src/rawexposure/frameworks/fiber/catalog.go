package fiberweb

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// catalog sends the raw message through every other fiber writer.
func (h *handler) catalog(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	c.Append("X-Auth-Error", resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	c.Status(fiber.StatusUnauthorized)
	switch c.Query("format") {
	case "jsonp":
		return c.JSONP(fiber.Map{"error": resp.ErrorMessage}, c.Query("callback")) // want `raw SurePassID errorMessage .*fiber`
	case "format":
		return c.Format(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	case "stream":
		return c.SendStream(strings.NewReader(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
	case "write":
		_, err := c.Write([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
		return err
	case "writestring":
		_, err := c.WriteString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
		return err
	case "writef":
		_, err := c.Writef("sign-in failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
		return err
	case "location":
		c.Location("/login?error=" + url.QueryEscape(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
		return c.SendStatus(fiber.StatusSeeOther)
	default:
		return c.SendString(fmt.Sprint(resp.ErrorCode)) // want `raw SurePassID (return )?code .*fiber`
	}
}
