// Command echopublic shows the Public text of the errors that have one:
// *mfa.APIError's is the raw message, found through the module's own
// interface in the error handler, and reported where it is written.
package main

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/scoped/echoh"
)

// publicError is what an error may show.
type publicError interface {
	Public() string
}

// publicErr shows the Public text of the errors that have one and a fixed
// text otherwise: *mfa.APIError's Public is the raw message.
func publicErr(err error, c echo.Context) {
	var pe publicError
	if errors.As(err, &pe) {
		_ = c.JSON(http.StatusUnauthorized, map[string]string{"error": pe.Public()}) // want `raw SurePassID errorMessage \(from mfa.APIError.Msg\) written to the echo response body`
		return
	}
	_ = c.String(http.StatusInternalServerError, "request failed")
}

func main() {
	h := &echoh.Handlers{}
	e := echo.New()
	e.HTTPErrorHandler = publicErr
	e.POST("/resend", h.Resend)
	e.POST("/logout", h.Logout)
	_ = e.Start(":8080")
}
