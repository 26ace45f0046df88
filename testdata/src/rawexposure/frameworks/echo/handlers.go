// Package echoweb is an echo front end for SurePassID OTP sign-in.
package echoweb

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/frameworks/spclient"
)

type handler struct {
	sp *spclient.Client
}

type otpForm struct {
	User string `json:"user" form:"user"`
	OTP  string `json:"otp" form:"otp"`
}

func (h *handler) register(e *echo.Echo) {
	e.POST("/otp", h.validate)
	e.POST("/otp/verify", h.verify)
	e.POST("/otp/text", h.validateText)
	e.GET("/otp/sso", h.sso)
}

func (h *handler) validate(c echo.Context) error {
	var f otpForm
	if err := c.Bind(&f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "user and otp are required")
	}
	resp, err := h.sp.ValidateOTP(c.Request().Context(), f.User, f.OTP)
	if err != nil {
		c.Logger().Errorf("surepass: %v", err)
		return echo.NewHTTPError(http.StatusBadGateway).SetInternal(err)
	}
	if resp.ErrorCode != 0 {
		return c.JSON(http.StatusUnauthorized, echo.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	}
	return c.JSON(http.StatusOK, echo.Map{"valid": true})
}

func (h *handler) validateText(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.String(http.StatusBadGateway, "sign-in is unavailable, try again later")
	}
	if resp.ErrorCode != 0 {
		return c.String(http.StatusUnauthorized, "sign-in failed: "+resp.ErrorMessage) // want `raw SurePassID errorMessage .*echo`
	}
	return c.NoContent(http.StatusNoContent)
}

// verify goes through the client's wrapper; echo's default error handler
// sends an HTTPError's message as {"message": ...}.
func (h *handler) verify(c echo.Context) error {
	var f otpForm
	if err := c.Bind(&f); err != nil {
		return echo.ErrBadRequest
	}
	if err := h.sp.Verify(c.Request().Context(), f.User, f.OTP); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage .*echo`
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *handler) verifyFormatted(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return echo.ErrUnauthorized.WithInternal(err)
	}
	if resp.ErrorCode != 0 {
		return echo.NewHTTPError(http.StatusUnauthorized, fmt.Sprintf("otp rejected: %s", resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
	}
	return nil
}

func (h *handler) page(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return c.HTML(http.StatusUnauthorized, "<p class=\"error\">"+resp.ErrorMessage+"</p>") // want `raw SurePassID errorMessage .*echo`
	}
	return c.Render(http.StatusOK, "home.html", echo.Map{"user": c.FormValue("user")})
}

func (h *handler) sso(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.QueryParam("user"), c.QueryParam("otp"))
	if err != nil {
		return c.Redirect(http.StatusSeeOther, "/login?error=unavailable")
	}
	if resp.ErrorCode != 0 {
		return c.Redirect(http.StatusSeeOther, "/login?error="+resp.ErrorMessage) // want `raw SurePassID errorMessage .*echo`
	}
	return c.Redirect(http.StatusSeeOther, "/home")
}

func (h *handler) blobs(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "flash", Value: resp.ErrorMessage, HttpOnly: true}) // want `raw SurePassID errorMessage .*echo`
	if c.QueryParam("format") == "xml" {
		return c.XML(http.StatusUnauthorized, echo.Map{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*echo`
	}
	return c.Blob(http.StatusUnauthorized, "text/plain", []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*echo`
}
