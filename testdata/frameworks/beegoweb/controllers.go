// Package beegoweb relays SurePassID answers through beego v2 controllers.
package beegoweb

import (
	"log"
	"net/http"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// OTPController checks OTPs.
type OTPController struct {
	web.Controller
}

// Post relays the raw answer in several ways.
func (c *OTPController) Post() {
	user, otp := c.GetString("user"), c.GetString("otp")
	resp, err := sp.ValidateOTP(c.Ctx.Request.Context(), user, otp)
	if err != nil {
		c.CustomAbort(http.StatusBadGateway, "try again later")
		return
	}
	if resp.ErrorCode != 0 {
		switch c.GetString("via") {
		case "json":
			// ServeJSON encodes c.Data["json"] as the body.
			c.Data["json"] = map[string]string{"error": resp.ErrorMessage} // want "raw SurePassID errorMessage"
			_ = c.ServeJSON()
		case "resp":
			_ = c.JSONResp(map[string]string{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		case "abort":
			c.CustomAbort(http.StatusUnauthorized, resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "flash":
			// The flash is stored in the BEEGO_FLASH cookie and shown on the
			// next page.
			flash := web.NewFlash()
			flash.Error("sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			flash.Store(&c.Controller)
			c.Redirect("/login", http.StatusSeeOther)
		case "cookie":
			c.Ctx.SetCookie("flash", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			c.Redirect("/login", http.StatusSeeOther)
		case "header":
			c.Ctx.Output.Header("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			c.Ctx.Output.SetStatus(http.StatusUnauthorized)
		default:
			c.Ctx.Output.SetStatus(http.StatusUnauthorized)
			_ = c.Ctx.Output.Body([]byte(resp.ErrorMessage)) // want "raw SurePassID errorMessage"
		}
		return
	}
	c.Ctx.WriteString("welcome")
}

// SafeController logs the raw message.
type SafeController struct {
	web.Controller
}

// Post shows a fixed flash.
func (c *SafeController) Post() {
	if err := sp.Verify(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp")); err != nil {
		log.Printf("verify: %v", err)
		flash := web.NewFlash()
		flash.Error(spclient.SafeMessage)
		flash.Store(&c.Controller)
		c.Redirect("/login", http.StatusSeeOther)
		return
	}
	c.Ctx.WriteString("welcome")
}

// verifyFunc is a functional handler.
func verifyFunc(ctx *beecontext.Context) {
	if err := sp.Verify(ctx.Request.Context(), ctx.Input.Query("user"), ctx.Input.Query("otp")); err != nil {
		if ctx.Input.Query("plain") != "" {
			ctx.Output.SetStatus(http.StatusUnauthorized)
			ctx.WriteString(err.Error()) // want "raw SurePassID errorMessage"
			return
		}
		// Abort panics with the body: beego's recovery logs it and, in
		// the default RunMode (PROD), writes only the status; the panic
		// value is rendered only in DEV with EnableErrorsRender.
		ctx.Abort(http.StatusUnauthorized, err.Error())
	}
	ctx.WriteString("welcome")
}

// Routes registers the controllers.
func Routes() {
	web.Router("/otp", &OTPController{})
	web.Router("/otp/safe", &SafeController{})
	web.CtrlPost("/otp/func", verifyFunc)
}
