// Package fiberv3 relays SurePassID answers through fiber v3, whose Ctx is
// an interface.
package fiberv3

import (
	"log"
	"net/http"

	"github.com/gofiber/fiber/v3"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the app with fiber's DefaultErrorHandler.
func New() *fiber.App {
	app := fiber.New()
	app.Post("/otp", verify)
	app.Post("/otp/returned", verifyReturned)
	app.Post("/otp/safe", verifySafe)
	return app
}

func verify(c fiber.Ctx) error {
	resp, err := sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		switch c.Query("via") {
		case "flash":
			// The flash message is stored in a cookie and read on the next page.
			return c.Redirect().With("error", resp.ErrorMessage).To("/login") // want "raw SurePassID errorMessage"
		case "redirect":
			return c.Redirect().To("/login?error=" + resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "error":
			return fiber.NewErrorf(fiber.StatusUnauthorized, "sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		}
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
	}
	return c.SendString("welcome")
}

func verifyReturned(c fiber.Ctx) error {
	if err := sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want "raw SurePassID errorMessage"
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func verifySafe(c fiber.Ctx) error {
	if err := sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		return c.Status(fiber.StatusUnauthorized).SendString(spclient.SafeMessage)
	}
	return c.SendStatus(fiber.StatusNoContent)
}
