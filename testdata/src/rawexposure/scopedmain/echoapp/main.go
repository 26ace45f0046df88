// Command echoapp registers echoh's handlers on an echo app whose error
// handler writes err.Error(): the raw messages the handlers return reach
// the user.
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/scoped/echoh"
	"rawexposure/scoped/mfa"
)

func handleErr(err error, c echo.Context) {
	_ = c.JSON(http.StatusUnauthorized, map[string]string{"error": err.Error()})
}

func main() {
	h := &echoh.Handlers{MFA: &mfa.Client{HTTP: http.DefaultClient}}
	e := echo.New()
	e.HTTPErrorHandler = handleErr
	e.POST("/login", h.Login)   // want `raw SurePassID errorMessage \(from mfa.Verify\) returned by echoh.Handlers.Login, whose errors the app's HTTPErrorHandler writes to the client`
	e.POST("/resend", h.Resend) // want `raw SurePassID errorMessage \(from mfa.Send\) returned by echoh.Handlers.Resend`
	e.POST("/logout", h.Logout)
	_ = e.Start(":8080")
}
