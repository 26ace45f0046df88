// Package echoapps builds four echo apps: one whose HTTPErrorHandler sends
// every error's text, one whose handler logs the error and sends a fixed
// text, one with echo's default handler and one in Debug mode. A returned
// plain error reaches the client only under the first and the last; the
// message of echo.NewHTTPError under all but the second.
package echoapps

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/frameworks/spclient"
)

type handlers struct {
	sp *spclient.Client
}

// login is served by the verbose app: its returned error is sent.
func (h *handlers) login(c echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an echo handler`
	}
	return c.NoContent(http.StatusNoContent)
}

// unlock is served by the quiet app: neither the returned error nor the
// HTTPError's message is shown.
func (h *handlers) unlock(c echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), ""); err != nil {
		if c.FormValue("mode") == "http" {
			return echo.NewHTTPError(http.StatusUnauthorized, err.Error())
		}
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// check is served by the default app: echo answers "Internal Server
// Error" for a plain error, but sends an HTTPError's message.
func (h *handlers) check(c echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		if c.FormValue("mode") == "http" {
			return echo.NewHTTPError(http.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the echo error response`
		}
		return err
	}
	return nil
}

// probe is served by the Debug app, whose default handler adds
// err.Error().
func (h *handlers) probe(c echo.Context) error {
	return h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an echo handler`
}

// supportCheck is served by the support app, whose factory-built handler
// sends the text.
func (h *handlers) supportCheck(c echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an echo handler`
	}
	return nil
}

// New builds the apps.
func New(sp *spclient.Client) (verbose, quiet, plain, debug *echo.Echo) {
	h := &handlers{sp: sp}
	verbose = echo.New()
	verbose.HTTPErrorHandler = func(err error, c echo.Context) {
		_ = c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
	}
	verbose.POST("/login", h.login)
	api := verbose.Group("/api")
	api.POST("/otp", func(c echo.Context) error {
		return h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an echo handler`
	})

	quiet = echo.New()
	quiet.HTTPErrorHandler = logAndHide
	quiet.POST("/unlock", h.unlock)
	quiet.POST("/reset", func(c echo.Context) error {
		return h.sp.Verify(c.Request().Context(), c.FormValue("user"), "")
	})

	plain = echo.New()
	plain.POST("/check", h.check)

	support := echo.New()
	support.HTTPErrorHandler = verboseHandler()
	support.POST("/support/otp", h.supportCheck)

	admin := echo.New()
	admin.HTTPErrorHandler = hidingHandler(log.Default())
	admin.POST("/devices", h.unlock)

	debug = echo.New()
	debug.Debug = true
	debug.GET("/probe", h.probe)
	return verbose, quiet, plain, debug
}

// verboseHandler builds the support app's handler, which sends the text.
func verboseHandler() echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		_ = c.String(http.StatusBadGateway, err.Error())
	}
}

// hidingHandler builds the admin app's handler: it logs the error and
// sends the status text only.
func hidingHandler(logger *log.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		code := http.StatusInternalServerError
		if he, ok := err.(*echo.HTTPError); ok {
			code = he.Code
		}
		logger.Printf("admin: %v", err)
		_ = c.JSON(code, map[string]string{"error": http.StatusText(code)})
	}
}

// logAndHide logs the error and sends a fixed text.
func logAndHide(err error, c echo.Context) {
	log.Printf("request failed: %v", err)
	_ = c.String(http.StatusInternalServerError, "request failed")
}
