// Package hertzweb relays SurePassID answers through cloudwego/hertz.
package hertzweb

import (
	"context"
	"log"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/cloudwego/hertz/pkg/protocol/consts"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// New builds the hertz server.
func New() *server.Hertz {
	h := server.Default()
	h.POST("/otp", verify)
	h.POST("/otp/raw", verifyRaw)
	h.POST("/otp/safe", verifySafe)
	return h
}

func verify(ctx context.Context, c *app.RequestContext) {
	if err := sp.Verify(ctx, string(c.FormValue("user")), string(c.FormValue("otp"))); err != nil {
		c.AbortWithMsg(err.Error(), consts.StatusUnauthorized) // want "raw SurePassID errorMessage"
		return
	}
	c.String(consts.StatusOK, "welcome")
}

func verifyRaw(ctx context.Context, c *app.RequestContext) {
	resp, err := sp.ValidateOTP(ctx, string(c.FormValue("user")), string(c.FormValue("otp")))
	if err != nil {
		c.AbortWithStatus(consts.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		switch c.Query("via") {
		case "string":
			c.String(consts.StatusUnauthorized, "sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "header":
			c.Header("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			c.Status(consts.StatusUnauthorized)
		case "cookie":
			c.SetCookie("flash", resp.ErrorMessage, 60, "/", "", protocol.CookieSameSiteLaxMode, true, true) // want "raw SurePassID errorMessage"
			c.Redirect(consts.StatusSeeOther, []byte("/login"))
		case "redirect":
			c.Redirect(consts.StatusSeeOther, []byte("/login?error="+resp.ErrorMessage)) // want "raw SurePassID errorMessage"
		default:
			c.JSON(consts.StatusUnauthorized, utils.H{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		}
		return
	}
	c.String(consts.StatusOK, "welcome")
}

// verifySafe: AbortWithError sets the status and keeps the error in
// c.Errors, which hertz does not render.
func verifySafe(ctx context.Context, c *app.RequestContext) {
	if err := sp.Verify(ctx, string(c.FormValue("user")), string(c.FormValue("otp"))); err != nil {
		log.Printf("verify: %v", err)
		_ = c.AbortWithError(consts.StatusUnauthorized, err)
		return
	}
	c.String(consts.StatusOK, "welcome")
}
