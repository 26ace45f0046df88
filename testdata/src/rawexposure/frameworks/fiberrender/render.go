// Package fiberrender holds the storefront's shared fiber error handlers:
// they show the message of an error the app built with fiber.NewError and
// a fixed text for anything else. It has no SurePassID evidence of its own.
package fiberrender

import (
	"errors"
	"log"

	"github.com/gofiber/fiber/v2"
)

// Errors sends a *fiber.Error's message; other errors are logged.
func Errors(c *fiber.Ctx, err error) error { // want Errors:"param framework error message reaches"
	var fe *fiber.Error
	if errors.As(err, &fe) {
		return c.Status(fe.Code).JSON(fiber.Map{"error": fe.Message})
	}
	log.Printf("unhandled: %v", err)
	return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "Something went wrong."})
}

// Plain is the same rule written as a type switch.
func Plain(c *fiber.Ctx, err error) error { // want Plain:"param framework error message reaches"
	switch e := err.(type) {
	case *fiber.Error:
		return c.Status(e.Code).SendString(e.Message)
	default:
		return c.SendStatus(fiber.StatusInternalServerError)
	}
}

// Quiet logs every error, the framework's too: it sends nothing.
func Quiet(c *fiber.Ctx, err error) error {
	if fe, ok := err.(*fiber.Error); ok {
		log.Printf("status %d: %s", fe.Code, fe.Message)
	}
	return c.SendStatus(fiber.StatusInternalServerError)
}
