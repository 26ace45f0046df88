// Package echoh holds echo handlers that return the client's errors as
// they are: what reaches the user is decided by the error handler main
// registers (echoapp sends err.Error(), echosafe a fixed text).
package echoh

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/scoped/mfa"
)

// Handlers serve the sign-in pages.
type Handlers struct {
	MFA *mfa.Client
}

// Login returns the client's error, whose text is the raw message.
func (h *Handlers) Login(c echo.Context) error { // want Login:`result 0 raw errorMessage from mfa.Verify`
	if err := h.MFA.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err
	}
	return c.String(http.StatusOK, "signed in")
}

// Resend returns an *mfa.APIError.
func (h *Handlers) Resend(c echo.Context) error { // want Resend:`result 0 raw errorMessage from mfa.Send`
	return h.MFA.Send(c.Request().Context(), c.FormValue("user"))
}

// Logout returns only errors of its own.
func (h *Handlers) Logout(c echo.Context) error {
	if c.FormValue("user") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "missing user")
	}
	return c.NoContent(http.StatusNoContent)
}
