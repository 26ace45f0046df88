// Package verbose configures its echo app with an HTTPErrorHandler that
// sends every error's text, so an error its handlers return reaches the
// client (under echo's default handler it would be "Internal Server
// Error").
package verbose

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the app.
func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		_ = c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
	}
	e.POST("/otp", verify)
	return e
}

func verify(c echo.Context) error {
	if err := sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want "raw SurePassID errorMessage"
	}
	return c.NoContent(http.StatusNoContent)
}
