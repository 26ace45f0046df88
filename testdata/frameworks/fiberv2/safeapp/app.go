// Package safeapp configures its fiber app with an ErrorHandler that logs
// the error and sends a fixed text, so the errors its handlers return are
// never shown. Nothing here is reported.
package safeapp

import (
	"errors"
	"log"
	"net/http"

	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

func errorHandler(c *fiber.Ctx, err error) error {
	log.Printf("%s %s: %v", c.Method(), c.Path(), err)
	code := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code = fe.Code
	}
	return c.Status(code).SendString(spclient.SafeMessage)
}

// New builds the app.
func New() *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: errorHandler})
	app.Post("/otp", verify)
	return app
}

func verify(c *fiber.Ctx) error {
	if err := sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, err.Error())
	}
	return c.SendStatus(fiber.StatusNoContent)
}
