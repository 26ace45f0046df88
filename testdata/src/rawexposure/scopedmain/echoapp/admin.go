package main

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/scoped/echoh"
)

// admin serves the same handlers on an app whose error handler logs the
// error and sends a fixed text: quiet.
func admin(h *echoh.Handlers) *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		log.Printf("admin: %v", err)
		_ = c.String(http.StatusInternalServerError, "request failed")
	}
	e.POST("/login", h.Login)
	e.POST("/resend", h.Resend)
	return e
}

// internal keeps echo's default handler, which answers "Internal Server
// Error" for a plain error: quiet.
func internal(h *echoh.Handlers) *echo.Echo {
	e := echo.New()
	e.POST("/login", h.Login)
	return e
}
