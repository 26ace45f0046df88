// Package errlits builds the frameworks' error values as literals and
// fills their fields after construction: echo's HTTPError (v4 and v5) and
// fiber's Error (v2 and v3), whose default error handlers send the message.
package errlits

import (
	"fmt"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"

	"rawexposure/frameworks/spclient"
)

type handler struct{ sp *spclient.Client }

// signIn answers echo v4 sign-ins with HTTPError literals.
func (h *handler) signIn(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		// Internal is never sent (json:"-", only with Echo.Debug).
		return &echo.HTTPError{Code: http.StatusBadGateway, Message: "sign-in is unavailable", Internal: err}
	}
	switch {
	case resp.ErrorCode == 9030:
		return &echo.HTTPError{Code: http.StatusForbidden, Message: resp.ErrorMessage} // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the echo error response .*echo.HTTPError.Message`
	case resp.ErrorCode == 9001:
		// Message is an any: a map carrying the message is sent too.
		return &echo.HTTPError{Code: http.StatusUnauthorized, Message: echo.Map{"error": resp.ErrorMessage, "hint": "check the code"}} // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
	case resp.ErrorCode == 9002:
		// So is the whole response, encoded.
		return &echo.HTTPError{Code: http.StatusUnauthorized, Message: resp} // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
	case resp.ErrorCode != 0:
		// The raw text kept for the logs only, a status code from the
		// raw code: nothing here reaches the user's eyes.
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		return &echo.HTTPError{
			Code:     http.StatusUnauthorized,
			Message:  "sign-in failed",
			Internal: fmt.Errorf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage),
		}
	}
	return c.NoContent(http.StatusNoContent)
}

// enroll fills the message after construction.
func (h *handler) enroll(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	if resp.ErrorCode != 0 {
		he := echo.NewHTTPError(http.StatusUnauthorized)
		he.Message = "enrollment failed: " + resp.ErrorMessage // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
		return he
	}
	he := echo.NewHTTPError(http.StatusConflict)
	he.Message = "already enrolled"
	he.Internal = fmt.Errorf("surepass: %s", resp.ErrorMessage)
	return he
}

// problem is the application's own error type: echo's default handler
// answers "Internal Server Error" for it, whatever its Message.
type problem struct{ Message string }

func (p *problem) Error() string { return p.Message } // want Error:"raw errorMessage"

func (h *handler) own(c echo.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return &problem{Message: resp.ErrorMessage}
	}
	return nil
}

// verifyV5 is an echo v5 handler.
func (h *handler) verifyV5(c *echo5.Context) error {
	resp, err := h.sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return echo5.NewHTTPError(http.StatusBadGateway, "sign-in is unavailable")
	}
	switch resp.ErrorCode {
	case 0:
		return c.NoContent(http.StatusNoContent)
	case 9030:
		return &echo5.HTTPError{Code: http.StatusForbidden, Message: resp.ErrorMessage} // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
	case 9001:
		he := echo5.NewHTTPError(http.StatusUnauthorized, "sign-in failed")
		he.Message = resp.ErrorMessage // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
		return he
	}
	return &echo5.HTTPError{Code: http.StatusUnauthorized, Message: "sign-in failed"}
}
