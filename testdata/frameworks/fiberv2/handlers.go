// Package fiberv2 relays SurePassID answers through fiber v2.
package fiberv2

import (
	"log"
	"net/http"

	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the app with fiber's DefaultErrorHandler, which sends a
// returned error's err.Error() as the body.
func New() *fiber.App {
	app := fiber.New()
	app.Post("/otp", verify)
	app.Post("/otp/raw", verifyRaw)
	app.Post("/otp/returned", verifyReturned)
	app.Post("/otp/safe", verifySafe)
	return app
}

func verify(c *fiber.Ctx) error {
	if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": err.Error()}) // want "raw SurePassID errorMessage"
	}
	return c.SendString("welcome")
}

func verifyRaw(c *fiber.Ctx) error {
	resp, err := sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		switch c.Query("via") {
		case "header":
			c.Set("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			return c.SendStatus(fiber.StatusUnauthorized)
		case "cookie":
			c.Cookie(&fiber.Cookie{Name: "flash", Value: resp.ErrorMessage}) // want "raw SurePassID errorMessage"
			return c.Redirect("/login", fiber.StatusSeeOther)
		case "redirect":
			return c.Redirect("/login?error="+resp.ErrorMessage, fiber.StatusSeeOther) // want "raw SurePassID errorMessage"
		case "error":
			return fiber.NewError(fiber.StatusUnauthorized, resp.ErrorMessage) // want "raw SurePassID errorMessage"
		}
		return c.Status(fiber.StatusUnauthorized).SendString(resp.ErrorMessage) // want "raw SurePassID errorMessage"
	}
	return c.SendString("welcome")
}

// verifyReturned: the DefaultErrorHandler sends the error's text.
func verifyReturned(c *fiber.Ctx) error {
	if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want "raw SurePassID errorMessage"
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func verifySafe(c *fiber.Ctx) error {
	if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		return fiber.NewError(fiber.StatusUnauthorized, spclient.SafeMessage)
	}
	return c.SendStatus(fiber.StatusNoContent)
}
