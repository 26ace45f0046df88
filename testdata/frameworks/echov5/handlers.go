// Package echov5 relays SurePassID answers through echo v5, whose Context
// is a struct.
package echov5

import (
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v5"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the echo server with its default error handler
// (DefaultHTTPErrorHandler(false): a wrapped error is not exposed).
func New() *echo.Echo {
	e := echo.New()
	e.POST("/otp", verify)
	e.POST("/otp/httperror", verifyHTTPError)
	e.POST("/otp/safe", verifySafe)
	return e
}

func verify(c *echo.Context) error {
	resp, err := sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		if c.QueryParam("via") == "redirect" {
			return c.Redirect(http.StatusSeeOther, "/login?error="+resp.ErrorMessage) // want "raw SurePassID errorMessage"
		}
		return c.JSON(http.StatusUnauthorized, map[string]any{"error": resp.ErrorMessage, "code": resp.ErrorCode}) // want "raw SurePassID errorMessage"
	}
	return c.String(http.StatusOK, "welcome")
}

// verifyHTTPError: the message of NewHTTPError is sent; the error given to
// Wrap is sent only by DefaultHTTPErrorHandler(true).
func verifyHTTPError(c *echo.Context) error {
	if err := sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		if c.FormValue("wrap") != "" {
			return echo.NewHTTPError(http.StatusUnauthorized, spclient.SafeMessage).Wrap(err)
		}
		return echo.NewHTTPError(http.StatusUnauthorized, err.Error()) // want "raw SurePassID errorMessage"
	}
	return c.NoContent(http.StatusNoContent)
}

// verifySafe: a plain error becomes {"message": "Internal Server Error"}.
func verifySafe(c *echo.Context) error {
	if err := sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		slog.Error("verify", "err", err)
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
