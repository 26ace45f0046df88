// Package consoleapp is an echo v5 console whose HTTPErrorHandler writes // want package:`fields rawexposure/frameworks/consoleapp/problem.Error.Cause raw errorMessage`
// the public text of the problem.Error values handlers return: the raw
// text is reported where a handler puts it in that field, once per
// handler, not at the one line of the error handler every handler feeds.
package consoleapp

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v5"

	"rawexposure/frameworks/consoleapp/otpclient"
	"rawexposure/frameworks/consoleapp/problem"
)

type errorBody struct {
	Error string `json:"error"`
}

// errorHandler shows a problem's public text and hides every other error.
func errorHandler(log *slog.Logger) echo.HTTPErrorHandler {
	return func(c *echo.Context, err error) {
		status, public := http.StatusInternalServerError, "Something went wrong."
		var pe *problem.Error
		if errors.As(err, &pe) {
			status, public = pe.Status, pe.Public
			if pe.Cause != nil {
				log.Warn("request failed", "status", status, "cause", pe.Cause)
			}
		} else {
			log.Error("unhandled error", "err", err)
		}
		_ = c.JSON(status, errorBody{Error: public})
	}
}

type handlers struct{ sp *otpclient.Client }

// login puts SurePassID's text in the problem it returns.
func (h *handlers) login(c *echo.Context) error {
	res, err := h.sp.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return &problem.Error{Status: http.StatusServiceUnavailable, Public: "Try again later.", Cause: err}
	}
	if res.ErrorCode != 0 {
		return &problem.Error{Status: http.StatusUnauthorized, Public: res.ErrorMessage} // want `raw SurePassID errorMessage .*app's error handler.*problem.Error.Public`
	}
	return c.NoContent(http.StatusNoContent)
}

// enroll builds the problem in steps.
func (h *handlers) enroll(c *echo.Context) error {
	res, err := h.sp.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	if res.ErrorCode != 0 {
		pe := &problem.Error{Status: http.StatusConflict}
		pe.Public = fmt.Sprintf("enrollment failed (%d)", res.ErrorCode) // want `raw SurePassID return code .*app's error handler`
		return pe
	}
	return c.NoContent(http.StatusCreated)
}

// resend words the failure itself; the raw text is only the cause, which
// the error handler logs.
func (h *handlers) resend(c *echo.Context) error {
	res, err := h.sp.Validate(c.Request().Context(), c.FormValue("user"), "")
	if err != nil {
		return err
	}
	if res.ErrorCode != 0 {
		return &problem.Error{Status: http.StatusUnauthorized, Public: "That code did not work.", Cause: fmt.Errorf("otp %d: %s", res.ErrorCode, res.ErrorMessage)}
	}
	return c.NoContent(http.StatusAccepted)
}

// unlock builds the problem with the package's constructor.
func (h *handlers) unlock(c *echo.Context) error {
	res, err := h.sp.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return problem.New(http.StatusBadGateway, "Try again later.", err)
	}
	if res.ErrorCode != 0 {
		return problem.New(http.StatusForbidden, res.ErrorMessage, nil) // want `raw SurePassID errorMessage .*app.s error handler.*problem.Error.Public`
	}
	return c.NoContent(http.StatusNoContent)
}

// check returns the client's *APIError, which the error handler hides.
func (h *handlers) check(c *echo.Context) error {
	return h.sp.Check(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
}

// New builds the console.
func New(sp *otpclient.Client, log *slog.Logger) *echo.Echo {
	h := &handlers{sp: sp}
	e := echo.New()
	e.HTTPErrorHandler = errorHandler(log)
	e.POST("/login", h.login)
	e.POST("/enroll", h.enroll)
	e.POST("/resend", h.resend)
	e.POST("/check", h.check)
	e.POST("/unlock", h.unlock)
	return e
}
