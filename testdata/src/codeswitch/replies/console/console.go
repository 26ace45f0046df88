// Package console is the iris mvc controller of the billing console:
// its methods return mvc results carrying their status.
package console

import (
	"context"
	"strconv"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/mvc"

	"codeswitch/replies/otpgate"
)

// BillingController changes payment settings after a fresh OTP.
type BillingController struct {
	Ctx   iris.Context
	Gate  *otpgate.Gate
	Store interface{ SetAutopay(on bool) error }
}

func (c *BillingController) check() (int, error) {
	a, err := c.Gate.ValidateOTP(context.Background(), c.Ctx.FormValue("user"), c.Ctx.FormValue("otp"))
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(a.Code)
}

// PostAutopay refuses two codes with a 401 view and turns autopay on for
// every other code.
func (c *BillingController) PostAutopay() mvc.Result {
	code, err := c.check()
	if err != nil {
		return mvc.Response{Code: iris.StatusServiceUnavailable, Text: "Try again later."}
	}
	switch code { // want `fail-open switch over SurePassID return codes`
	case otpgate.RcOTPInvalid, otpgate.RcBogusOTP:
		return mvc.View{Name: "autopay.html", Code: iris.StatusUnauthorized, Data: iris.Map{"Error": "That code didn't match."}}
	case otpgate.RcOTPExpired:
		return mvc.Response{Code: iris.StatusForbidden, Text: "That code has expired."}
	}
	if err := c.Store.SetAutopay(true); err != nil {
		return mvc.Response{Code: iris.StatusServiceUnavailable, Text: "Try again later."}
	}
	return mvc.Response{Path: "/billing"}
}

// PostAutopayClosed refuses every failure in its default.
func (c *BillingController) PostAutopayClosed() mvc.Result {
	code, err := c.check()
	if err != nil {
		return mvc.Response{Code: iris.StatusServiceUnavailable, Text: "Try again later."}
	}
	switch code {
	case otpgate.RcSuccess:
	case otpgate.RcOTPInvalid:
		return mvc.View{Name: "autopay.html", Code: iris.StatusUnauthorized, Data: iris.Map{"Error": "That code didn't match."}}
	default:
		return mvc.Response{Code: iris.StatusForbidden, Text: "We could not verify you."}
	}
	if err := c.Store.SetAutopay(true); err != nil {
		return mvc.Response{Code: iris.StatusServiceUnavailable, Text: "Try again later."}
	}
	return mvc.Response{Path: "/billing"}
}

// GetStatus shows the answer in a view whose Code is the page's status:
// both branches render with 200, nothing is refused, nothing reported.
func (c *BillingController) GetStatus() mvc.Result {
	code, err := c.check()
	if err != nil {
		return mvc.View{Name: "status.html"}
	}
	if code == otpgate.RcOTPInvalid {
		return mvc.View{Name: "status.html", Code: iris.StatusOK, Data: iris.Map{"Hint": "Try the newest code."}}
	}
	return mvc.View{Name: "status.html", Code: iris.StatusOK}
}
