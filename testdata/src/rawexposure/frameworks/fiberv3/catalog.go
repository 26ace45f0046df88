package fiberv3web

import (
	"strings"

	"github.com/gofiber/fiber/v3"
)

// catalog sends the raw message through every other fiber v3 writer.
func (h *handler) catalog(c fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	c.Set("X-Auth-Error", resp.ErrorMessage)                         // want `raw SurePassID errorMessage .*fiber`
	c.Append("X-Auth-Detail", resp.ErrorMessage)                     // want `raw SurePassID errorMessage .*fiber`
	c.Cookie(&fiber.Cookie{Name: "flash", Value: resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	switch c.Query("format") {
	case "bytes":
		return c.Send([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
	case "stream":
		return c.SendStream(strings.NewReader(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
	case "jsonp":
		return c.JSONP(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "xml":
		return c.XML(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "cbor":
		return c.CBOR(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "msgpack":
		return c.MsgPack(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "auto":
		return c.AutoFormat(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	case "html":
		return c.Render("otp", fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "write":
		_, err := c.Write([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
		return err
	case "writestring":
		_, err := c.WriteString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
		return err
	case "writef":
		_, err := c.Writef("sign-in failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
		return err
	case "back":
		return c.Redirect().Back("/login?error=" + resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	default:
		return fiber.NewError(fiber.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	}
}
