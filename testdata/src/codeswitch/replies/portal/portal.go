// Package portal is the iris front end of the member portal: handlers
// compare SurePassID's code, kept as text, with the team's constants.
package portal

import (
	"fmt"
	"strconv"

	"github.com/kataras/iris/v12"

	"codeswitch/replies/otpgate"
)

// Handlers serves the sign-in pages.
type Handlers struct {
	Gate *otpgate.Gate
}

func (h *Handlers) signIn(ctx iris.Context, user string) {
	ctx.SetCookieKV("member", user)
	ctx.Redirect("/home", iris.StatusSeeOther)
}

// QuickSignIn refuses a wrong or forged code and a disabled device, and
// signs in on every other code.
func (h *Handlers) QuickSignIn(ctx iris.Context) {
	user := ctx.FormValue("user")
	a, err := h.Gate.ValidateOTP(ctx.Request().Context(), user, ctx.FormValue("otp"))
	if err != nil {
		ctx.StopWithText(iris.StatusServiceUnavailable, "Sign-in is unavailable.")
		return
	}
	if a.Code == strconv.Itoa(otpgate.RcOTPInvalid) || a.Code == strconv.Itoa(otpgate.RcBogusOTP) { // want `fail-open if-else chain over SurePassID return codes`
		ctx.StopWithText(iris.StatusUnauthorized, "That code didn't match.")
		return
	} else if a.Code == fmt.Sprint(otpgate.RcDeviceDisabled) {
		ctx.Redirect("/login", iris.StatusSeeOther)
		return
	}
	h.signIn(ctx, user)
}

// StepUp compares the code with FormatInt's text in a switch.
func (h *Handlers) StepUp(ctx iris.Context) {
	user := ctx.FormValue("user")
	a, err := h.Gate.ValidateOTP(ctx.Request().Context(), user, ctx.FormValue("otp"))
	if err != nil {
		ctx.StopWithText(iris.StatusServiceUnavailable, "Sign-in is unavailable.")
		return
	}
	switch a.Code { // want `fail-open switch over SurePassID return codes`
	case strconv.FormatInt(otpgate.RcOTPInvalid, 10), strconv.FormatInt(otpgate.RcOTPExpired, 10):
		ctx.StopWithText(iris.StatusUnauthorized, "That code didn't match.")
		return
	}
	h.signIn(ctx, user)
}

// SignInClosed words two codes and refuses every other failure: its last
// link compares with Success's text.
func (h *Handlers) SignInClosed(ctx iris.Context) {
	user := ctx.FormValue("user")
	a, err := h.Gate.ValidateOTP(ctx.Request().Context(), user, ctx.FormValue("otp"))
	if err != nil {
		ctx.StopWithText(iris.StatusServiceUnavailable, "Sign-in is unavailable.")
		return
	}
	if a.Code == strconv.Itoa(otpgate.RcOTPInvalid) {
		ctx.StopWithText(iris.StatusUnauthorized, "That code didn't match.")
		return
	} else if a.Code == strconv.Itoa(otpgate.RcDeviceDisabled) {
		ctx.Redirect("/login", iris.StatusSeeOther)
		return
	} else if a.Code != strconv.Itoa(otpgate.RcSuccess) {
		ctx.StopWithText(iris.StatusUnauthorized, "We could not verify you.")
		return
	}
	h.signIn(ctx, user)
}

// Echo compares a form field, not the code, with formatted numbers:
// nothing to report.
func (h *Handlers) Echo(ctx iris.Context) {
	if ctx.FormValue("step") == strconv.Itoa(2) {
		ctx.StopWithText(iris.StatusBadRequest, "Start again.")
		return
	}
	ctx.Redirect("/home", iris.StatusSeeOther)
}
