// Package backoffice approves payouts with a second factor.
package backoffice

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"codeswitch/teamcodes/spapi"
)

type Approvals struct{ API *spapi.Client }

const (
	otpReplayed int64 = 9002
	otpInvalid  int64 = 9003
	otpExpired  int64 = 9043
)

// Approve releases a payout once the approver's OTP checks out.
func (a *Approvals) Approve(c echo.Context) error {
	resp, err := a.API.Do(c.Request().Context(), spapi.Request{Type: "validate_oath_otp", Username: c.FormValue("approver"), OTP: c.FormValue("otp")})
	if err != nil {
		return err
	}
	n, err := strconv.ParseInt(resp.Code.String(), 10, 64)
	if err != nil {
		return err
	}
	switch n { // want `fail-open switch over SurePassID return codes`
	case otpReplayed, otpInvalid:
		c.Logger().Printf("payout %s: %s", c.Param("id"), spapi.Outcomes[int(n)])
		return c.JSON(http.StatusForbidden, echo.Map{"error": "approval refused"})
	case otpExpired:
		return c.JSON(http.StatusForbidden, echo.Map{"error": "code expired"})
	}
	return c.JSON(http.StatusOK, echo.Map{"released": c.Param("id")})
}
