// Package irisweb relays SurePassID answers through iris v12.
package irisweb

import (
	"log"
	"net/http"

	"github.com/kataras/iris/v12"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the iris application.
func New() *iris.Application {
	app := iris.New()
	app.Post("/otp", verify)
	app.Post("/otp/raw", verifyRaw)
	app.Post("/otp/plain", verifyPlain)
	return app
}

// verify: StopWithError writes err.Error() as the body (unless the error
// is an iris.ErrPrivate).
func verify(ctx iris.Context) {
	if err := sp.Verify(ctx.Request().Context(), ctx.PostValue("user"), ctx.PostValue("otp")); err != nil {
		ctx.StopWithError(iris.StatusUnauthorized, err) // want "raw SurePassID errorMessage"
		return
	}
	_, _ = ctx.WriteString("welcome")
}

func verifyRaw(ctx iris.Context) {
	resp, err := sp.ValidateOTP(ctx.Request().Context(), ctx.PostValue("user"), ctx.PostValue("otp"))
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		switch ctx.URLParam("via") {
		case "json":
			ctx.StopWithJSON(iris.StatusUnauthorized, iris.Map{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		case "text":
			ctx.StopWithText(iris.StatusUnauthorized, "sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "header":
			ctx.Header("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			ctx.StatusCode(iris.StatusUnauthorized)
		case "cookie":
			ctx.SetCookieKV("flash", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			ctx.Redirect("/login", iris.StatusSeeOther)
		case "redirect":
			ctx.Redirect("/login?error="+resp.ErrorMessage, iris.StatusSeeOther) // want "raw SurePassID errorMessage"
		default:
			ctx.StatusCode(iris.StatusUnauthorized)
			_ = ctx.JSON(iris.Map{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		}
		return
	}
	_, _ = ctx.WriteString("welcome")
}

// verifyPlain: StopWithPlainError stores the error for the error handlers
// without writing it, but iris's default error handler (core/router's
// defaultErrorHandler) writes a stored public error's text as the body; the
// other branch sends a fixed text.
func verifyPlain(ctx iris.Context) {
	if err := sp.Verify(ctx.Request().Context(), ctx.PostValue("user"), ctx.PostValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		if ctx.URLParamExists("plain") {
			ctx.StopWithPlainError(iris.StatusUnauthorized, err) // want "raw SurePassID errorMessage"
			return
		}
		ctx.StopWithText(iris.StatusUnauthorized, spclient.SafeMessage)
		return
	}
	_, _ = ctx.WriteString("welcome")
}
