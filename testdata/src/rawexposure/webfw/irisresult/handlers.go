// Package irisresult is an iris v12 front end reading SurePassID's answer
// through the client's accessors.
package irisresult

import (
	"errors"
	"log"

	"github.com/kataras/iris/v12"

	"rawexposure/webfw/spresult"
)

var rc = &spresult.Client{}

// Register mounts the routes.
func Register(app *iris.Application) {
	app.Post("/otp", otp)
	app.Post("/verify", verify)
}

func otp(ctx iris.Context) {
	res, err := rc.Validate(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp"))
	if err != nil {
		ctx.StopWithText(502, "sign-in is unavailable")
		return
	}
	if res.OK() {
		_ = ctx.JSON(iris.Map{"ok": true})
		return
	}
	switch ctx.URLParam("format") {
	case "html":
		_, _ = ctx.HTML("<p>%s</p>", res.Reason()) // want `raw SurePassID errorMessage .*iris response body`
	case "text":
		_, _ = ctx.WriteString(res.Reason()) // want `raw SurePassID errorMessage .*iris response body`
	case "stop":
		_ = ctx.StopWithJSON(401, iris.Map{"error": res.Reason(), "code": res.Code()}) // want `raw SurePassID errorMessage .*iris response body`
	case "header":
		ctx.Header("X-Auth-Error", res.Reason()) // want `raw SurePassID errorMessage .*iris response header`
	default:
		_ = ctx.JSON(iris.Map{"code": res.Code()}) // want `raw SurePassID return code .*iris response body`
	}
}

func verify(ctx iris.Context) {
	err := rc.Verify(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp"))
	var se *spresult.Error
	switch {
	case err == nil:
		_, _ = ctx.WriteString("welcome")
	case errors.As(err, &se):
		log.Printf("surepass %d: %s", se.Code, se.Message)
		ctx.StopWithError(401, err) // want `raw SurePassID errorMessage .*iris response body`
	default:
		ctx.StopWithText(502, "sign-in is unavailable")
	}
}
