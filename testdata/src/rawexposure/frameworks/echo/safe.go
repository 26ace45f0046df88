package echoweb

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/surepasslint/surepasslint/codes"
)

// safeValidate logs the raw message and shows codes.UserMessage.
func (h *handler) safeValidate(c echo.Context) error {
	var f otpForm
	if err := c.Bind(&f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "user and otp are required")
	}
	resp, err := h.sp.ValidateOTP(c.Request().Context(), f.User, f.OTP)
	if err != nil {
		// Internal is not sent to the client (json:"-", no Debug).
		return echo.NewHTTPError(http.StatusBadGateway, http.StatusText(http.StatusBadGateway)).SetInternal(err)
	}
	if resp.ErrorCode != 0 {
		c.Logger().Errorf("otp rejected %d: %s", resp.ErrorCode, resp.ErrorMessage)
		return echo.NewHTTPError(http.StatusUnauthorized, codes.UserMessage(codes.ReturnCode(resp.ErrorCode)))
	}
	return c.JSON(http.StatusOK, echo.Map{"valid": resp.ErrorCode == 0})
}

// safeVerify keeps the wrapped error internal.
func (h *handler) safeVerify(c echo.Context) error {
	if err := h.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		return echo.ErrUnauthorized.WithInternal(err)
	}
	return c.String(http.StatusOK, "signed in")
}
