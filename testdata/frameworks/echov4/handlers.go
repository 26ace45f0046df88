// Package echov4 relays SurePassID answers through echo v4.
package echov4

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the echo server with its default error handler.
func New() *echo.Echo {
	e := echo.New()
	e.POST("/otp", verify)
	e.POST("/otp/raw", verifyRaw)
	e.POST("/otp/httperror", verifyHTTPError)
	e.POST("/otp/plain", verifyPlainError)
	e.POST("/otp/safe", verifySafe)
	return e
}

func verify(c echo.Context) error {
	if err := sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": err.Error()}) // want "raw SurePassID errorMessage"
	}
	return c.String(http.StatusOK, "welcome")
}

func verifyRaw(c echo.Context) error {
	resp, err := sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		switch c.QueryParam("via") {
		case "html":
			return c.HTML(http.StatusUnauthorized, "<p>"+resp.ErrorMessage+"</p>") // want "raw SurePassID errorMessage"
		case "cookie":
			c.SetCookie(&http.Cookie{Name: "flash", Value: resp.ErrorMessage}) // want "raw SurePassID errorMessage"
			return c.Redirect(http.StatusSeeOther, "/login")
		case "redirect":
			return c.Redirect(http.StatusSeeOther, "/login?error="+resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "header":
			c.Response().Header().Set("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			return c.NoContent(http.StatusUnauthorized)
		}
		return c.String(http.StatusUnauthorized, resp.ErrorMessage) // want "raw SurePassID errorMessage"
	}
	return c.String(http.StatusOK, "welcome")
}

// verifyHTTPError: the default HTTPErrorHandler sends an *HTTPError's
// Message as {"message": ...}.
func verifyHTTPError(c echo.Context) error {
	if err := sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, err.Error()) // want "raw SurePassID errorMessage"
	}
	return c.NoContent(http.StatusNoContent)
}

// verifyPlainError: a plain error returned to the default HTTPErrorHandler
// becomes {"message": "Internal Server Error"}; an HTTPError's Internal is
// json:"-" and sent only in Debug mode. Not reported.
func verifyPlainError(c echo.Context) error {
	if err := sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		if c.FormValue("wrap") != "" {
			return echo.NewHTTPError(http.StatusUnauthorized, spclient.SafeMessage).SetInternal(err)
		}
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func verifySafe(c echo.Context) error {
	resp, err := sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		c.Logger().Errorf("otp rejected %d: %s", resp.ErrorCode, resp.ErrorMessage)
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": spclient.SafeMessage})
	}
	return c.NoContent(http.StatusNoContent)
}
