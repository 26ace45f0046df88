package echoweb

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

// catalog sends the raw message through every other echo renderer.
func (h *handler) catalog(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	switch c.QueryParam("format") {
	case "pretty":
		return c.JSONPretty(http.StatusUnauthorized, echo.Map{"error": resp.ErrorMessage}, "  ") // want `raw SurePassID errorMessage .*echo`
	case "blob":
		return c.JSONBlob(http.StatusUnauthorized, []byte(`{"error":"`+resp.ErrorMessage+`"}`)) // want `raw SurePassID errorMessage .*echo`
	case "jsonp":
		return c.JSONP(http.StatusUnauthorized, c.QueryParam("callback"), echo.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	case "jsonpblob":
		return c.JSONPBlob(http.StatusUnauthorized, c.QueryParam("callback"), []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "xmlpretty":
		return c.XMLPretty(http.StatusUnauthorized, echo.Map{"error": resp.ErrorMessage}, "  ") // want `raw SurePassID errorMessage .*echo`
	case "xmlblob":
		return c.XMLBlob(http.StatusUnauthorized, []byte("<error>"+resp.ErrorMessage+"</error>")) // want `raw SurePassID errorMessage .*echo`
	case "html":
		return c.HTMLBlob(http.StatusUnauthorized, []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	case "stream":
		return c.Stream(http.StatusUnauthorized, "text/plain", strings.NewReader(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	default:
		return c.Render(http.StatusUnauthorized, "otp.html", echo.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	}
}
