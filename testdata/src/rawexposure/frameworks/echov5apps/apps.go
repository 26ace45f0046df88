// Package echov5apps builds echo v5 apps: NewWithConfig with an
// HTTPErrorHandler sending the error's text, DefaultHTTPErrorHandler(true)
// (which adds err.Error()), and one hiding it.
package echov5apps

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v5"

	"rawexposure/frameworks/spclient"
)

type handlers struct {
	sp *spclient.Client
}

// login is served by the verbose app.
func (h *handlers) login(c *echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an echo handler`
	}
	return c.NoContent(http.StatusNoContent)
}

// expose is served by the app exposing errors.
func (h *handlers) expose(c *echo.Context) error {
	return h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an echo handler`
}

// unlock is served by the quiet app: nothing is shown.
func (h *handlers) unlock(c *echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), ""); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, err.Error())
	}
	return h.sp.Verify(c.Request().Context(), "", "")
}

// New builds the apps.
func New(sp *spclient.Client) (verbose, exposing, quiet *echo.Echo) {
	h := &handlers{sp: sp}
	verbose = echo.NewWithConfig(echo.Config{HTTPErrorHandler: func(c *echo.Context, err error) {
		_ = c.String(http.StatusInternalServerError, err.Error())
	}})
	verbose.POST("/login", h.login)

	exposing = echo.New()
	exposing.HTTPErrorHandler = echo.DefaultHTTPErrorHandler(true)
	exposing.POST("/expose", h.expose)

	quiet = echo.New()
	quiet.HTTPErrorHandler = func(c *echo.Context, err error) {
		log.Printf("request failed: %v", err)
		_ = c.NoContent(http.StatusInternalServerError)
	}
	quiet.POST("/unlock", h.unlock)
	return verbose, exposing, quiet
}
