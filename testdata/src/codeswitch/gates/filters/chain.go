package filters

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"codeswitch/gates/ssoauth"
)

// PoolGuard is an echo middleware: it goes on by return next(c), which
// every code the switch does not list reaches. Reported.
func PoolGuard(sp ssoauth.Client) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ans, err := sp.CheckSession(c.Request().Context(), c.Request().Header.Get("Authorization"))
			if err != nil {
				return c.NoContent(http.StatusBadGateway)
			}
			switch ans.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			case ssoauth.StatusSessionTokenInvalid, ssoauth.StatusPartnerUserLoginDisabled:
				return c.JSON(http.StatusUnauthorized, map[string]string{"error": "sign in again"})
			}
			c.Set("member", c.Request().Header.Get("X-Member"))
			return next(c)
		}
	}
}

// SaunaGuard is a fiber middleware that goes on by c.Next() for Success
// only. Not reported.
func SaunaGuard(sp ssoauth.Client) fiber.Handler {
	return func(c *fiber.Ctx) error {
		ans, err := sp.CheckSession(c.UserContext(), c.Get("Authorization"))
		if err != nil {
			return c.SendStatus(fiber.StatusBadGateway)
		}
		if ans.ErrorCode != ssoauth.StatusSuccess {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		return c.Next()
	}
}

// SpaGuard is a fiber middleware whose unlisted codes reach c.Next():
// reported.
func SpaGuard(sp ssoauth.Client) fiber.Handler {
	return func(c *fiber.Ctx) error {
		ans, err := sp.CheckSession(c.UserContext(), c.Get("Authorization"))
		if err != nil {
			return c.SendStatus(fiber.StatusBadGateway)
		}
		if ans.ErrorCode == ssoauth.StatusOtpInvalid || ans.ErrorCode == ssoauth.StatusBogusOtp { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		return c.Next()
	}
}
