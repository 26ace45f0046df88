// Package fiberweb is a fiber (v2) front end for SurePassID OTP sign-in.
package fiberweb

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"rawexposure/frameworks/spclient"
)

type handler struct {
	sp *spclient.Client
}

type otpForm struct {
	User string `json:"user" form:"user"`
	OTP  string `json:"otp" form:"otp"`
}

func (h *handler) register(app *fiber.App) {
	app.Post("/otp", h.validate)
	app.Post("/otp/verify", h.verify)
	app.Get("/otp/sso", h.sso)
}

func (h *handler) validate(c *fiber.Ctx) error {
	var f otpForm
	if err := c.BodyParser(&f); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "user and otp are required")
	}
	resp, err := h.sp.ValidateOTP(c.UserContext(), f.User, f.OTP)
	if err != nil {
		log.Printf("surepass: %v", err)
		return fiber.ErrBadGateway
	}
	if resp.ErrorCode != 0 {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	}
	return c.JSON(fiber.Map{"valid": true})
}

func (h *handler) validateText(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.Status(fiber.StatusBadGateway).SendString("sign-in is unavailable, try again later")
	}
	if resp.ErrorCode != 0 {
		return c.Status(fiber.StatusUnauthorized).SendString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// verify goes through the client's wrapper; fiber's default error handler
// sends an Error's message as the body.
func (h *handler) verify(c *fiber.Ctx) error {
	var f otpForm
	if err := c.BodyParser(&f); err != nil {
		return fiber.ErrBadRequest
	}
	if err := h.sp.Verify(c.UserContext(), f.User, f.OTP); err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage .*fiber`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (h *handler) sso(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.Query("user"), c.Query("otp"))
	if err != nil {
		return c.Redirect("/login?error=unavailable", fiber.StatusSeeOther)
	}
	if resp.ErrorCode != 0 {
		return c.Redirect("/login?error="+resp.ErrorMessage, fiber.StatusSeeOther) // want `raw SurePassID errorMessage .*fiber`
	}
	return c.Redirect("/home", fiber.StatusSeeOther)
}

func (h *handler) bodies(c *fiber.Ctx) error {
	resp, err := h.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	c.Set("X-Auth-Error", resp.ErrorMessage)                         // want `raw SurePassID errorMessage .*fiber`
	c.Cookie(&fiber.Cookie{Name: "flash", Value: resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	switch c.Query("format") {
	case "xml":
		return c.XML(fiber.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "html":
		return c.Render("otp", fiber.Map{"message": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*fiber`
	case "bind":
		if err := c.Bind(fiber.Map{"message": resp.ErrorMessage}); err != nil { // want `raw SurePassID errorMessage .*fiber`
			return err
		}
		return c.Render("otp", fiber.Map{})
	default:
		return c.Status(fiber.StatusUnauthorized).Send([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*fiber`
	}
}
