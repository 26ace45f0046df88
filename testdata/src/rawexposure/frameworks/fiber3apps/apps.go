// Package fiber3apps builds fiber v3 apps (handlers take the fiber.Ctx
// interface) with different error handlers: the member portal's shows only
// the text of the errors the app built with fiber.NewError (read as
// fe.Error() or fe.Message), the partner API's writes every error's text,
// the kiosk keeps fiber's default, the
// teller desk's hides all but fiber.Error text (a type assertion).
package fiber3apps

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/gofiber/fiber/v3"

	"rawexposure/frameworks/spclient"
)

type portal struct {
	sp  *spclient.Client
	log *slog.Logger
}

// renderError shows a *fiber.Error's own text and a fixed line for
// anything else.
func (p *portal) renderError(c fiber.Ctx, err error) error {
	var fe *fiber.Error
	if errors.As(err, &fe) {
		return c.Status(fe.Code).SendString(fe.Error())
	}
	p.log.Error("unhandled", "path", c.Params("*"), "err", err)
	return c.Status(fiber.StatusInternalServerError).SendString("Something went wrong.")
}

// tellerError is the same rule written as a type assertion.
func tellerError(c fiber.Ctx, err error) error {
	if fe, ok := err.(*fiber.Error); ok {
		return c.Status(fe.Code).JSON(fiber.Map{"message": fe.Error()})
	}
	return c.SendStatus(fiber.StatusInternalServerError)
}

// partnerError writes every error's text.
func partnerError(c fiber.Ctx, err error) error {
	return c.Status(fiber.StatusBadGateway).JSON(fiber.Map{"error": err.Error()})
}

func (p *portal) login(c fiber.Ctx) error {
	if err := p.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fmt.Errorf("login: %w", err) // hidden by renderError
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (p *portal) stepUp(c fiber.Ctx) error {
	if err := p.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fiber.NewError(fiber.StatusForbidden, err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (p *portal) relay(c fiber.Ctx) error {
	if err := p.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a fiber handler`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (p *portal) tellerVerify(c fiber.Ctx) error {
	if err := p.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		if c.Query("detail") != "" {
			return fiber.NewError(fiber.StatusForbidden, "verify: "+err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the fiber error response`
		}
		return err // hidden by tellerError
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// tellerReject builds its own fiber.Error from a fixed text: quiet.
func (p *portal) tellerReject(c fiber.Ctx) error {
	if err := p.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		fe := fiber.NewError(fiber.StatusForbidden, "Verification failed.")
		p.log.Warn("teller verify", "err", err, "status", fe.Error())
		return fe
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (p *portal) kioskPin(c fiber.Ctx) error {
	if err := p.sp.Verify(c.Context(), c.FormValue("user"), c.FormValue("pin")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a fiber handler`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// NewApps builds the member portal, the partner API and the kiosk.
func NewApps(sp *spclient.Client, log *slog.Logger) (member, partner, kiosk, teller *fiber.App) {
	p := &portal{sp: sp, log: log}
	member = fiber.New(fiber.Config{ErrorHandler: p.renderError})
	member.Post("/login", p.login)
	member.Post("/step-up", p.stepUp)
	partner = fiber.New(fiber.Config{ErrorHandler: partnerError})
	partner.Post("/relay", p.relay)
	kiosk = fiber.New()
	kiosk.Post("/pin", p.kioskPin)
	teller = fiber.New(fiber.Config{ErrorHandler: tellerError})
	api := teller.Group("/api")
	api.Post("/verify", p.tellerVerify)
	api.Post("/reject", p.tellerReject)
	return member, partner, kiosk, teller
}
