// Package irisweb is an iris v12 front end for SurePassID OTP sign-in.
package irisweb

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/kataras/iris/v12"

	"example.com/realweb/spauth"
)

type handler struct {
	sp *spauth.Client
}

func (h *handler) register(app *iris.Application) {
	app.Post("/otp", h.validate)
	app.Post("/otp/verify", h.verify)
	app.Post("/otp/catalog", h.catalog)
}

func (h *handler) validate(ctx iris.Context) {
	res, err := h.sp.ValidateOTP(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp"))
	if err != nil {
		ctx.StopWithStatus(http.StatusBadGateway)
		return
	}
	if res.ErrorCode != 0 {
		_ = ctx.StopWithJSON(http.StatusUnauthorized, iris.Map{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*iris response body`
		return
	}
	_ = ctx.JSON(iris.Map{"ok": true})
}

// verify goes through the client's wrapper: StopWithError writes the
// error's text.
func (h *handler) verify(ctx iris.Context) {
	if err := h.sp.Verify(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp")); err != nil {
		ctx.StopWithError(http.StatusUnauthorized, err) // want `raw SurePassID errorMessage .*iris response body`
		return
	}
	ctx.StatusCode(http.StatusNoContent)
}

// quiet keeps the error private: the default error handler writes the
// status text.
func (h *handler) quiet(ctx iris.Context) {
	if err := h.sp.Verify(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp")); err != nil {
		ctx.SetErrPrivate(err)
		ctx.StopWithStatus(http.StatusUnauthorized)
		return
	}
	ctx.StopWithText(http.StatusOK, "welcome %s", ctx.FormValue("user"))
}

type page struct{ Error string }

// catalog sends the raw message through every other iris writer.
func (h *handler) catalog(ctx iris.Context) {
	res, err := h.sp.ValidateOTP(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp"))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	msg := res.ErrorMessage
	ctx.Header("X-Auth-Error", msg)                                            // want `raw SurePassID errorMessage .*iris response header`
	ctx.SetCookieKV("otp_error", msg)                                          // want `raw SurePassID errorMessage .*iris response cookie`
	ctx.SetCookie(&http.Cookie{Name: "otp_error", Value: msg, HttpOnly: true}) // want `raw SurePassID errorMessage .*iris response cookie`
	ctx.UpsertCookie(&http.Cookie{Name: "otp_last", Value: msg})               // want `raw SurePassID errorMessage .*iris response cookie`
	ctx.ViewData("error", msg)                                                 // want `raw SurePassID errorMessage .*iris response body`
	switch ctx.FormValue("format") {
	case "write":
		_, _ = ctx.Write([]byte(msg)) // want `raw SurePassID errorMessage .*iris response body`
	case "string":
		_, _ = ctx.WriteString(msg) // want `raw SurePassID errorMessage .*iris response body`
	case "writef":
		_, _ = ctx.Writef("sign-in failed: %s", msg) // want `raw SurePassID errorMessage .*iris response body`
	case "expire":
		_, _ = ctx.WriteWithExpiration([]byte(msg), time.Now()) // want `raw SurePassID errorMessage .*iris response body`
	case "binary":
		_, _ = ctx.Binary([]byte(msg)) // want `raw SurePassID errorMessage .*iris response body`
	case "text":
		_, _ = ctx.Text("sign-in failed: %s", msg) // want `raw SurePassID errorMessage .*iris response body`
	case "html":
		_, _ = ctx.HTML("<p>%s</p>", msg) // want `raw SurePassID errorMessage .*iris response body`
	case "json":
		_ = ctx.JSON(page{Error: msg}, iris.JSON{Indent: "  "}) // want `raw SurePassID errorMessage .*iris response body`
	case "jsonp":
		_ = ctx.JSONP(iris.Map{"error": msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "xml":
		_ = ctx.XML(page{Error: msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "yaml":
		_ = ctx.YAML(iris.Map{"error": msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "textyaml":
		_ = ctx.TextYAML(iris.Map{"error": msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "markdown":
		_ = ctx.Markdown([]byte("**" + msg + "**")) // want `raw SurePassID errorMessage .*iris response body`
	case "msgpack":
		_, _ = ctx.MsgPack(iris.Map{"error": msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "negotiate":
		_, _ = ctx.Negotiate(iris.Map{"error": msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "content":
		ctx.ServeContent(strings.NewReader(msg), "error.txt", time.Now()) // want `raw SurePassID errorMessage .*iris response body`
	case "view":
		_ = ctx.View("login.html", page{Error: msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "problem":
		_ = ctx.Problem(iris.Map{"detail": msg}) // want `raw SurePassID errorMessage .*iris response body`
	case "title":
		_ = ctx.StopWithProblem(http.StatusUnauthorized, iris.NewProblem().Title(msg)) // want `raw SurePassID errorMessage .*iris response body`
	case "detail":
		_ = ctx.StopWithProblem(http.StatusUnauthorized, iris.NewProblem().Title("Sign-in failed").Detail(msg)) // want `raw SurePassID errorMessage .*iris response body`
	case "detailerr":
		_ = ctx.StopWithProblem(http.StatusUnauthorized, iris.NewProblem().DetailErr(errors.New(msg))) // want `raw SurePassID errorMessage .*iris response body`
	case "key":
		_ = ctx.StopWithProblem(http.StatusUnauthorized, iris.NewProblem().Key("reason", msg)) // want `raw SurePassID errorMessage .*iris response body`
	case "stopproblem":
		p := iris.Problem{"detail": msg}
		_ = ctx.StopWithProblem(http.StatusUnauthorized, p) // want `raw SurePassID errorMessage .*iris response body`
	case "stoptext":
		ctx.StopWithText(http.StatusUnauthorized, "sign-in failed: %s", msg) // want `raw SurePassID errorMessage .*iris response body`
	case "plainerror":
		ctx.StopWithPlainError(http.StatusUnauthorized, errors.New(msg)) // want `raw SurePassID errorMessage .*iris error response`
	case "seterr":
		ctx.SetErr(errors.New(msg)) // want `raw SurePassID errorMessage .*iris error response`
		ctx.StopWithStatus(http.StatusUnauthorized)
	case "render":
		ctx.Render(http.StatusUnauthorized, textRenderer(msg)) // want `raw SurePassID errorMessage .*iris response body`
	default:
		ctx.Redirect("/login?error=" + url.QueryEscape(msg)) // want `raw SurePassID errorMessage .*iris redirect URL`
	}
}

type textRenderer string

func (t textRenderer) Render(w http.ResponseWriter) error { // want Render:`rawexposure\(param recv reaches the HTTP response via http.ResponseWriter.Write\)`
	_, err := w.Write([]byte(t))
	return err
}

func (t textRenderer) WriteContentType(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain")
}
