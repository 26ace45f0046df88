// Package irissessions is an iris app with its sessions package: a flash
// for the next request, and state entries.
package irissessions

import (
	"github.com/kataras/iris/v12/context"
	"github.com/kataras/iris/v12/sessions"

	"rawexposure/webfw/spauth"
)

type ctl struct{ sp *spauth.Client }

func (k ctl) postOTP(ctx *context.Context) {
	s := sessions.Get(ctx)
	res, err := k.sp.ValidateOTP(ctx.Request().Context(), s.GetString("uid"), ctx.FormValue("otp"))
	if err != nil {
		s.SetFlash("error", "Try again later.")
		ctx.Redirect("/otp")
		return
	}
	if res.ErrorCode != 0 {
		s.SetFlash("error", res.ErrorMessage)   // want `raw SurePassID errorMessage .*session message shown on a later page`
		s.Set("otpAlertText", res.ErrorMessage) // want `raw SurePassID errorMessage .*session message shown on a later page`
		s.Set("uid_state", res.ErrorMessage)
		ctx.Redirect("/otp")
		return
	}
	ctx.Redirect("/")
}
