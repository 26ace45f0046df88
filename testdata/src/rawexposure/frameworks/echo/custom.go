package echoweb

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/frameworks/spclient"
)

// appContext is echo's documented custom-context pattern: the interface is
// embedded and its methods promoted.
type appContext struct {
	echo.Context
	sp *spclient.Client
}

func (cc *appContext) validate() error {
	resp, err := cc.sp.ValidateOTP(cc.Request().Context(), cc.FormValue("user"), cc.FormValue("otp"))
	if err != nil {
		return echo.ErrUnauthorized
	}
	if resp.ErrorCode != 0 {
		return cc.JSON(http.StatusUnauthorized, echo.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	}
	return cc.NoContent(http.StatusNoContent)
}

// routes registers closures, the other common handler shape.
func routes(e *echo.Echo, sp *spclient.Client) {
	e.POST("/otp/inline", func(c echo.Context) error {
		resp, err := sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
		if err != nil {
			return echo.ErrUnauthorized
		}
		if resp.ErrorCode != 0 {
			return echo.NewHTTPError(http.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*echo`
		}
		return c.NoContent(http.StatusNoContent)
	})
}
