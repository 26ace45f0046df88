// Package beegodata is a beego v2 front end for SurePassID sign-in that
// hands its answers to the view and to ServeJSON through Controller.Data:
// ServeJSON sends Data["json"], ServeXML Data["xml"], and the template
// named by TplName is rendered with the whole map.
package beegodata

import (
	"log"

	"github.com/beego/beego/v2/server/web"

	"rawexposure/webfw/spauth"
)

var sp = &spauth.Client{}

// LoginController renders login.tpl.
type LoginController struct {
	web.Controller
}

// Post signs the user in, or renders the form again with the error.
func (c *LoginController) Post() {
	user := c.GetString("user")
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), user, c.GetString("otp"))
	c.TplName = "login.tpl"
	c.Data["User"] = user // the user's own input: not SurePassID's
	if err != nil {
		c.Data["Error"] = "sign-in is unavailable, try again later"
		return
	}
	switch {
	case res.ErrorCode == 9030:
		c.Data["Error"] = "Your account is locked: " + res.ErrorMessage // want `raw SurePassID errorMessage .*beego controller data.*web.Controller.Data`
	case res.ErrorCode != 0:
		c.Data["Error"] = res.ErrorMessage // want `raw SurePassID errorMessage .*beego controller data`
		c.Data["Code"] = res.ErrorCode     // want `raw SurePassID return code .*beego controller data`
	default:
		c.Redirect("/", 302)
	}
}

// API answers JSON and XML clients.
type API struct {
	web.Controller
}

type failure struct {
	Error string `json:"error" xml:"error"`
}

// Verify sends SurePassID's answer through ServeJSON.
func (c *API) Verify() {
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil {
		c.CustomAbort(502, "sign-in is unavailable")
		return
	}
	if res.ErrorCode != 0 {
		c.Ctx.Output.SetStatus(401)
		c.Data["json"] = failure{Error: res.ErrorMessage} // want `raw SurePassID errorMessage .*beego controller data`
		_ = c.ServeJSON()
		return
	}
	c.Data["json"] = map[string]bool{"ok": true}
	_ = c.ServeJSON()
}

// Raw hands the whole response over, or the whole map.
func (c *API) Raw() {
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	if err != nil {
		return
	}
	if c.GetString("format") == "xml" {
		c.Data = map[interface{}]interface{}{"xml": failure{Error: res.ErrorMessage}} // want `raw SurePassID errorMessage .*beego controller data`
		_ = c.ServeXML()
		return
	}
	c.Data["json"] = res // want `raw SurePassID errorMessage .*beego controller data`
	_ = c.ServeJSON()
}

// Safe logs the raw answer and shows constants.
func (c *LoginController) Safe() {
	res, err := sp.ValidateOTP(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp"))
	c.TplName = "login.tpl"
	if err != nil {
		c.Data["Error"] = "sign-in is unavailable"
		return
	}
	if res.ErrorCode != 0 {
		log.Printf("surepass %d: %s", res.ErrorCode, res.ErrorMessage)
		c.Data["Error"] = "sign-in failed"
		c.Data["Locked"] = res.ErrorCode == 9030
		_ = c.Render()
	}
}
