package fiberv3web

import (
	"strings"

	"github.com/gofiber/fiber/v3"
)

// viaRes answers through c.Res(), fiber v3's response half, and through
// Location and ViewBind.
func (h *handler) viaRes(c fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	res := c.Res()
	res.Set("X-Auth-Error", resp.ErrorMessage)                                // want `raw SurePassID errorMessage .*fiber response header`
	res.Append("X-Auth-Detail", resp.ErrorMessage)                            // want `raw SurePassID errorMessage .*fiber response header`
	res.Cookie(&fiber.Cookie{Name: "flash", Value: resp.ErrorMessage})        // want `raw SurePassID errorMessage .*fiber response cookie`
	if err := c.ViewBind(fiber.Map{"error": resp.ErrorMessage}); err != nil { // want `raw SurePassID errorMessage .*fiber response body`
		return err
	}
	switch c.Query("format") {
	case "location":
		c.Location("/login?error=" + resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber redirect URL`
		return c.SendStatus(fiber.StatusSeeOther)
	case "reslocation":
		res.Location("/login?error=" + resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber redirect URL`
		return c.SendStatus(fiber.StatusSeeOther)
	case "viewbind":
		return res.ViewBind(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "string":
		return c.Res().SendString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber response body`
	case "bytes":
		return res.Send([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber response body`
	case "stream":
		return res.SendStream(strings.NewReader(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber response body`
	case "json":
		return res.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "resjson":
		return res.JSON(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "jsonp":
		return res.JSONP(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "xml":
		return res.XML(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "cbor":
		return res.CBOR(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "msgpack":
		return res.MsgPack(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "auto":
		return res.AutoFormat(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber response body`
	case "html":
		return res.Render("otp", fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber response body`
	case "write":
		_, err := res.Write([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber response body`
		return err
	case "writestring":
		_, err := res.WriteString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber response body`
		return err
	default:
		_, err := res.Writef("sign-in failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber response body`
		return err
	}
}
