// Package beegoresult is a beego v2 front end reading SurePassID's answer
// through the client's accessors.
package beegoresult

import (
	"net/url"

	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"

	"rawexposure/webfw/spresult"
)

var rc = &spresult.Client{}

// LoginController renders login.tpl.
type LoginController struct {
	web.Controller
}

// Post renders the form again with SurePassID's reason.
func (c *LoginController) Post() {
	c.TplName = "login.tpl"
	res, err := rc.Validate(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil {
		c.Data["Error"] = "sign-in is unavailable"
		return
	}
	if !res.OK() {
		logs.Warning("surepass %d: %s", res.Code(), res.Reason())
		c.Data["Error"] = res.Reason() // want `raw SurePassID errorMessage .*beego controller data`
	}
}

// API answers JSON clients.
type API struct {
	web.Controller
}

// Verify sends the reason through every writer of the controller.
func (c *API) Verify() {
	res, err := rc.Validate(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil || res.OK() {
		c.Data["json"] = map[string]bool{"ok": err == nil}
		_ = c.ServeJSON()
		return
	}
	switch c.GetString("format") {
	case "yaml":
		c.Data["yaml"] = map[string]string{"error": res.Reason()} // want `raw SurePassID errorMessage .*beego controller data`
		_ = c.ServeYAML()
	case "header":
		c.Ctx.Output.Header("X-Auth-Error", res.Reason()) // want `raw SurePassID errorMessage .*beego response header`
	case "body":
		_ = c.Ctx.Output.Body([]byte(res.Reason())) // want `raw SurePassID errorMessage .*beego response body`
	case "string":
		c.Ctx.WriteString(res.Reason()) // want `raw SurePassID errorMessage .*beego response body`
	case "json":
		_ = c.Ctx.Output.JSON(map[string]int{"code": res.Code()}, false, false) // want `raw SurePassID return code .*beego response body`
	case "redirect":
		c.Redirect("/login?error="+url.QueryEscape(res.Reason()), 302) // want `raw SurePassID errorMessage .*beego redirect URL`
	case "abort":
		c.CustomAbort(401, res.Reason()) // want `raw SurePassID errorMessage .*beego response body`
	default:
		flash := web.NewFlash()
		flash.Error(res.Reason()) // want `raw SurePassID errorMessage .*flash message`
		flash.Store(&c.Controller)
		c.Redirect("/login", 302)
	}
}
