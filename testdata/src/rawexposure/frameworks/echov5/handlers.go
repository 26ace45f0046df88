// Package echov5web is an echo v5 front end for SurePassID OTP sign-in.
package echov5web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"

	"rawexposure/frameworks/spclient"
)

type handler struct {
	sp *spclient.Client
}

func (h *handler) register(e *echo.Echo) {
	e.POST("/otp", h.validate)
	e.POST("/otp/verify", h.verify)
}

func (h *handler) validate(c *echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		c.Logger().Error("surepass call failed", "err", err)
		return echo.NewHTTPError(http.StatusBadGateway, http.StatusText(http.StatusBadGateway))
	}
	if resp.ErrorCode != 0 {
		c.Logger().Warn("otp rejected", "code", resp.ErrorCode, "message", resp.ErrorMessage)
		return c.JSON(http.StatusUnauthorized, map[string]any{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	}
	return c.JSON(http.StatusOK, map[string]any{"valid": resp.ErrorCode == 0})
}

// verify goes through the client's wrapper; v5's default error handler
// sends an HTTPError's message as {"message": ...}.
func (h *handler) verify(c *echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage .*echo`
	}
	return c.NoContent(http.StatusNoContent)
}

// verifyWrapped keeps the wrapped error out of the response: v5's default
// handler shows it only when built with exposeError.
func (h *handler) verifyWrapped(c *echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return echo.HTTPError{Code: http.StatusUnauthorized, Message: "sign-in failed"}.Wrap(err)
	}
	return c.NoContent(http.StatusNoContent)
}

// catalog sends the raw message through every other echo v5 renderer.
func (h *handler) catalog(c *echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "flash", Value: resp.ErrorMessage, HttpOnly: true}) // want `raw SurePassID errorMessage .*echo`
	switch c.QueryParam("format") {
	case "text":
		return c.String(http.StatusUnauthorized, "sign-in failed: "+resp.ErrorMessage) // want `raw SurePassID errorMessage .*echo`
	case "html":
		return c.HTML(http.StatusUnauthorized, "<p>"+resp.ErrorMessage+"</p>") // want `raw SurePassID errorMessage .*echo`
	case "htmlblob":
		return c.HTMLBlob(http.StatusUnauthorized, []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "pretty":
		return c.JSONPretty(http.StatusUnauthorized, map[string]string{"error": resp.ErrorMessage}, "  ") // want `raw SurePassID errorMessage .*echo`
	case "blob":
		return c.JSONBlob(http.StatusUnauthorized, []byte(fmt.Sprintf(`{"error":%q}`, resp.ErrorMessage))) // want `raw SurePassID errorMessage .*echo`
	case "jsonp":
		return c.JSONP(http.StatusUnauthorized, c.QueryParam("callback"), map[string]string{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	case "jsonpblob":
		return c.JSONPBlob(http.StatusUnauthorized, c.QueryParam("callback"), []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "xml":
		return c.XML(http.StatusUnauthorized, map[string]string{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	case "xmlpretty":
		return c.XMLPretty(http.StatusUnauthorized, map[string]string{"error": resp.ErrorMessage}, "  ") // want `raw SurePassID errorMessage .*echo`
	case "xmlblob":
		return c.XMLBlob(http.StatusUnauthorized, []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "raw":
		return c.Blob(http.StatusUnauthorized, "text/plain", []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "stream":
		return c.Stream(http.StatusUnauthorized, "text/plain", strings.NewReader(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "page":
		return c.Render(http.StatusUnauthorized, "otp.html", map[string]any{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	default:
		return c.Redirect(http.StatusSeeOther, "/login?error="+resp.ErrorMessage) // want `raw SurePassID errorMessage .*echo`
	}
}
