// Command fiberapp registers fiberh's handlers on an app whose error
// handler writes err.Error(). fiberh reports its returns already (fiber's
// default handler sends them too): nothing more here.
package main

import (
	"net/http"

	"github.com/gofiber/fiber/v2"

	"rawexposure/scoped/fiberh"
	"rawexposure/scoped/mfa"
)

func handleErr(c *fiber.Ctx, err error) error {
	return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": err.Error()})
}

func main() {
	h := &fiberh.Handlers{MFA: &mfa.Client{HTTP: http.DefaultClient}}
	app := fiber.New(fiber.Config{ErrorHandler: handleErr})
	app.Post("/login", h.Login)
	app.Post("/logout", h.Logout)
	_ = app.Listen(":8080")
}
