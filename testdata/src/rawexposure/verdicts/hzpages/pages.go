// Package hzpages is the resort's hertz front end: it sends codes, checks // want package:`scoped hertz errors raw errorMessage from otpcheck.readStatus; scoped hertz errors reaches the hertz response body via app.RequestContext.AbortWithMsg`
// them and releases tokens through otpcheck, and renders the errors its
// handlers attach with c.Error in one middleware.
package hzpages

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"

	"rawexposure/verdicts/otpcheck"
)

// Pages serve the sign-in pages.
type Pages struct {
	OTP *otpcheck.Client
}

// Send asks for a code: the client's error text is the raw message.
func (p *Pages) Send(ctx context.Context, c *app.RequestContext) {
	if err := p.OTP.Push(ctx, c.PostForm("user")); err != nil {
		if errors.Is(err, otpcheck.ErrOffline) {
			c.JSON(http.StatusServiceUnavailable, utils.H{"error": "Codes cannot be sent right now."})
			return
		}
		c.JSON(http.StatusBadGateway, utils.H{"error": err.Error()}) // want `raw SurePassID errorMessage \(from otpcheck.readStatus\) written to the hertz response body`
		return
	}
	c.JSON(http.StatusAccepted, utils.H{"sent": true})
}

// Resend asks again: the client's error is a fixed text.
func (p *Pages) Resend(ctx context.Context, c *app.RequestContext) {
	if err := p.OTP.Resend(ctx, c.PostForm("user")); err != nil {
		c.JSON(http.StatusBadGateway, utils.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusAccepted, utils.H{"sent": true})
}

// Verify checks the code: the decision's detail is the raw message.
func (p *Pages) Verify(ctx context.Context, c *app.RequestContext) {
	d, err := p.OTP.Check(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		log.Printf("check: %v", err)
		c.String(http.StatusServiceUnavailable, "verification unavailable")
		return
	}
	if !d.Allowed() {
		log.Printf("otp refused: %s", d.Detail())
		c.String(http.StatusUnauthorized, "refused: %s", d.Detail()) // want `raw SurePassID errorMessage \(from otpcheck.decision.text\) written to the hertz response body`
		return
	}
	c.String(http.StatusOK, "welcome")
}

// Password renders the decision's detail into the page.
func (p *Pages) Password(ctx context.Context, c *app.RequestContext) {
	d, err := p.OTP.CheckUser(ctx, c.PostForm("user"), c.PostForm("pw"))
	if err != nil {
		c.HTML(http.StatusOK, "signin.tmpl", utils.H{"Flash": "Sign-in is unavailable right now."})
		return
	}
	if !d.Allowed() {
		c.HTML(http.StatusOK, "signin.tmpl", utils.H{"Flash": d.Detail(), "User": c.PostForm("user")}) // want `raw SurePassID errorMessage \(from otpcheck.decision.text\) written to the hertz response body`
		return
	}
	c.Redirect(http.StatusFound, []byte("/home"))
}

// Release attaches the client's error for the middleware.
func (p *Pages) Release(ctx context.Context, c *app.RequestContext) {
	if err := p.OTP.Release(ctx, c.PostForm("user"), c.Param("serial")); err != nil {
		c.SetStatusCode(http.StatusBadGateway)
		_ = c.Error(err)
		c.Abort()
		return
	}
	c.SetStatusCode(http.StatusNoContent)
}

// RenderErrors writes the attached errors' texts.
func RenderErrors(ctx context.Context, c *app.RequestContext) {
	c.Next(ctx)
	if len(c.Errors) == 0 {
		return
	}
	for _, e := range c.Errors {
		log.Printf("%s: %v", c.FullPath(), e.Err)
	}
	c.JSON(http.StatusBadGateway, utils.H{"errors": c.Errors.Errors()}) // want `raw SurePassID errorMessage \(from otpcheck.readStatus\) written to the hertz response body`
}

// LastError writes the last attached error.
func LastError(ctx context.Context, c *app.RequestContext) {
	c.Next(ctx)
	if last := c.Errors.Last(); last != nil {
		c.AbortWithMsg("request failed: "+last.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from otpcheck.readStatus\) written to the hertz response body`
	}
}

// CountErrors logs the attached errors and sends a fixed text.
func CountErrors(ctx context.Context, c *app.RequestContext) {
	c.Next(ctx)
	for _, e := range c.Errors {
		log.Printf("request error: %s", e.Error())
	}
	if n := len(c.Errors); n > 0 {
		c.JSON(http.StatusBadGateway, utils.H{"error": "request failed", "count": n})
	}
}
