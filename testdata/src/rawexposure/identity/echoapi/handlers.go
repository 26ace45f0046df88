// Package echoapi is the platform's echo API.
package echoapi

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/auth"
)

type api struct {
	auth *auth.Service
}

func (a *api) routes(e *echo.Echo) {
	e.POST("/login", a.login)
	e.POST("/step-up", a.stepUp)
	e.POST("/plain", a.plain)
	e.POST("/internal", a.internal)
}

// login answers through a bound method of echo.Context.
func (a *api) login(c echo.Context) error {
	reply := c.JSON
	if _, err := a.auth.Login(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return reply(http.StatusUnauthorized, echo.Map{"error": err.Error()}) // want `raw SurePassID errorMessage \(from spclient.do\) written to the echo response body`
	}
	return reply(http.StatusOK, echo.Map{"ok": true})
}

// stepUp answers through a local closure.
func (a *api) stepUp(c echo.Context) error {
	deny := func(err error) error {
		return c.String(http.StatusForbidden, fmt.Sprintf("step-up refused: %v", err))
	}
	if err := a.auth.StepUp(c.Request().Context(), &auth.Session{User: c.FormValue("user")}, c.FormValue("otp")); err != nil {
		return deny(err) // want `raw SurePassID errorMessage \(from spclient.do\) written to the echo response body by deny`
	}
	return c.NoContent(http.StatusNoContent)
}

// plain returns the raw error: echo's default handler answers "Internal
// Server Error" for an error that is not an *echo.HTTPError.
func (a *api) plain(c echo.Context) error {
	if _, err := a.auth.Login(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return fmt.Errorf("login: %w", err)
	}
	return c.NoContent(http.StatusNoContent)
}

// internal keeps the raw error as the HTTPError's internal error, which
// echo sends only in debug mode.
func (a *api) internal(c echo.Context) error {
	if _, err := a.auth.Login(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, codes.GenericMessage).SetInternal(err)
	}
	return c.NoContent(http.StatusNoContent)
}
