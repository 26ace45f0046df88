// Package beegoweb is a beego v2 front end for SurePassID OTP sign-in.
package beegoweb

import (
	"net/url"

	"github.com/beego/beego/v2/server/web"

	"rawexposure/webfw/spauth"
)

var sp = &spauth.Client{}

// OTPController validates OTPs.
type OTPController struct {
	web.Controller
}

type failure struct {
	Error string `json:"error"`
}

// Post answers with SurePassID's verdict.
func (c *OTPController) Post() {
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil {
		c.CustomAbort(502, "sign-in is unavailable")
		return
	}
	if res.ErrorCode != 0 {
		c.Ctx.Output.SetStatus(401)
		_ = c.JSONResp(failure{Error: res.ErrorMessage}) // want `raw SurePassID errorMessage .*beego response body`
		return
	}
	_ = c.JSONResp(map[string]bool{"ok": true})
}

// Verify goes through the client's wrapper and flashes the failure.
func (c *OTPController) Verify() {
	if err := sp.Verify(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp")); err != nil {
		flash := web.NewFlash()
		flash.Error("Sign-in failed: %v", err) // want `raw SurePassID errorMessage .*flash message`
		flash.Store(&c.Controller)
		c.Redirect("/login", 302)
		return
	}
	c.Redirect("/", 302)
}

// Catalog sends the raw message through every other beego writer.
func (c *OTPController) Catalog() {
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	msg := res.ErrorMessage
	c.Ctx.Output.Header("X-Auth-Error", msg)          // want `raw SurePassID errorMessage .*beego response header`
	c.Ctx.Output.Cookie("otp_error", msg)             // want `raw SurePassID errorMessage .*beego response cookie`
	c.Ctx.SetCookie("otp_error", msg)                 // want `raw SurePassID errorMessage .*beego response cookie`
	c.Ctx.SetSecureCookie("secret", "otp_error", msg) // want `raw SurePassID errorMessage .*beego response cookie`
	c.SetSecureCookie("secret", "otp_error", msg)     // want `raw SurePassID errorMessage .*beego response cookie`
	flash := web.NewFlash()
	flash.Set("otp", "%s", msg)    // want `raw SurePassID errorMessage .*flash message`
	flash.Success("done: %s", msg) // want `raw SurePassID errorMessage .*flash message`
	flash.Notice("note: %s", msg)  // want `raw SurePassID errorMessage .*flash message`
	flash.Warning("warn: %s", msg) // want `raw SurePassID errorMessage .*flash message`
	flash.Store(&c.Controller)
	body := map[string]string{"error": msg}
	switch c.GetString("format") {
	case "data":
		c.SetData(body) // want `raw SurePassID errorMessage .*beego response body`
		_ = c.ServeJSON()
	case "xml":
		_ = c.XMLResp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "yaml":
		_ = c.YamlResp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "resp":
		_ = c.Resp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "abort":
		c.Abort(msg) // want `raw SurePassID errorMessage .*beego response body`
	case "custom":
		c.CustomAbort(401, msg) // want `raw SurePassID errorMessage .*beego response body`
	case "redirect":
		c.Redirect("/login?error="+url.QueryEscape(msg), 302) // want `raw SurePassID errorMessage .*beego redirect URL`
	case "ctxredirect":
		c.Ctx.Redirect(302, "/login?error="+url.QueryEscape(msg)) // want `raw SurePassID errorMessage .*beego redirect URL`
	case "string":
		c.Ctx.WriteString(msg) // want `raw SurePassID errorMessage .*beego response body`
	case "ctxresp":
		_ = c.Ctx.Resp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "ctxjson":
		_ = c.Ctx.JSONResp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "ctxxml":
		_ = c.Ctx.XMLResp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "ctxyaml":
		_ = c.Ctx.YamlResp(body) // want `raw SurePassID errorMessage .*beego response body`
	case "body":
		_ = c.Ctx.Output.Body([]byte(msg)) // want `raw SurePassID errorMessage .*beego response body`
	case "json":
		_ = c.Ctx.Output.JSON(body, false, false) // want `raw SurePassID errorMessage .*beego response body`
	case "jsonp":
		_ = c.Ctx.Output.JSONP(body, false) // want `raw SurePassID errorMessage .*beego response body`
	case "outxml":
		_ = c.Ctx.Output.XML(body, false) // want `raw SurePassID errorMessage .*beego response body`
	case "outyaml":
		_ = c.Ctx.Output.YAML(body) // want `raw SurePassID errorMessage .*beego response body`
	default:
		_ = c.Ctx.Output.ServeFormatted(body, false) // want `raw SurePassID errorMessage .*beego response body`
	}
}

// Safe answers with constants and keeps the raw message out: Abort with a
// body is a panic that beego logs, shown only in dev mode.
func (c *OTPController) Safe() {
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil {
		c.Ctx.Abort(502, err.Error())
		return
	}
	if res.ErrorCode != 0 {
		status := 401
		if res.ErrorCode == 9030 {
			status = 403
		}
		c.Ctx.Output.SetStatus(status)
		_ = c.JSONResp(failure{Error: "sign-in failed"})
		return
	}
	c.Ctx.WriteString("welcome")
}
