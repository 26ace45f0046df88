// Package echoctor is a portal whose HTTPErrorHandler shows the message of
// an *echo.HTTPError and a fixed page for anything else, with a middleware
// that turns the SurePassID client's errors into HTTP errors.
package echoctor

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/frameworks/spclient"
)

// rejection is the portal's own error for a refused OTP: it keeps the
// client's response.
type rejection struct {
	Resp *spclient.Response
}

func (r *rejection) Error() string { return "otp rejected" }

type portal struct {
	sp *spclient.Client
}

func (p *portal) otp(c echo.Context) error {
	resp, err := p.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return fmt.Errorf("validate: %w", err) // hidden: a plain error
	}
	if resp.ErrorCode != 0 {
		return &rejection{Resp: resp}
	}
	return c.NoContent(http.StatusNoContent)
}

func (p *portal) resend(c echo.Context) error {
	if err := p.sp.Verify(c.Request().Context(), c.FormValue("user"), ""); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "resend failed: "+err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the echo error response`
	}
	return nil
}

// mapErrors gives the portal's errors a status before the error handler
// sees them.
func mapErrors() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			err := next(c)
			var rej *rejection
			switch {
			case err == nil:
				return nil
			case errors.As(err, &rej):
				log.Printf("otp rejected: %d", rej.Resp.ErrorCode)
				return echo.NewHTTPError(http.StatusUnauthorized, rej.Resp.ErrorMessage) // want `raw SurePassID errorMessage \(from rej.Resp.ErrorMessage\) written to the echo error response`
			}
			return err
		}
	}
}

// pageErrors shows an HTTPError's message, a fixed text otherwise.
func pageErrors(logger *log.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		msg, status := "Something went wrong.", http.StatusInternalServerError
		if he, ok := err.(*echo.HTTPError); ok {
			status = he.Code
			if m, ok := he.Message.(string); ok {
				msg = m
			}
		}
		logger.Printf("request failed: %v", err)
		_ = c.HTML(status, "<p>"+msg+"</p>")
	}
}

// New builds the portal.
func New(sp *spclient.Client, logger *log.Logger) *echo.Echo {
	p := &portal{sp: sp}
	e := echo.New()
	e.HTTPErrorHandler = pageErrors(logger)
	e.Use(mapErrors())
	e.POST("/otp", p.otp)
	e.POST("/resend", p.resend)
	return e
}
