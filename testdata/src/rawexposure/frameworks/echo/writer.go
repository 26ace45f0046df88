package echoweb

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

// streamResult writes to c.Response() directly.
func (h *handler) streamResult(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	c.Response().Header().Set("X-Auth-Error", resp.ErrorMessage) // want `raw SurePassID errorMessage .*response header`
	c.Response().WriteHeader(http.StatusUnauthorized)
	if c.QueryParam("mode") == "bytes" {
		_, err = c.Response().Write([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*HTTP response`
		return err
	}
	_, err = fmt.Fprintf(c.Response(), "sign-in failed: %s\n", resp.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
	return err
}
