// Package ginsessions is a gin app with gin-contrib/sessions: failures are
// flashed to the sign-in page.
package ginsessions

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"

	"rawexposure/webfw/spauth"
)

type handler struct{ sp *spauth.Client }

func (h handler) stepUp(c *gin.Context) {
	s := sessions.Default(c)
	user, _ := s.Get("uid").(string)
	if err := h.sp.Verify(c.Request.Context(), user, c.PostForm("otp")); err != nil {
		s.AddFlash("Step-up failed: "+err.Error(), "danger") // want `raw SurePassID errorMessage .*session message shown on a later page`
		_ = s.Save()
		c.Redirect(http.StatusSeeOther, "/stepup")
		return
	}
	c.Redirect(http.StatusSeeOther, "/")
}

func (h handler) otp(c *gin.Context) {
	s := sessions.Default(c)
	user, _ := s.Get("uid").(string)
	res, err := h.sp.ValidateOTP(c.Request.Context(), user, c.PostForm("otp"))
	if err != nil {
		// A transport error: ValidateOTP returns the answer as is.
		s.AddFlash("Sign-in failed: " + err.Error())
		_ = s.Save()
		c.Redirect(http.StatusSeeOther, "/login")
		return
	}
	if res.ErrorCode != 0 {
		s.Set("loginErrors", res.ErrorMessage) // want `raw SurePassID errorMessage .*session message shown on a later page`
		s.Set("otp_pending", res.ErrorMessage)
		s.Set("last_code", res.ErrorCode)
		_ = s.Save()
		c.Redirect(http.StatusSeeOther, "/login")
		return
	}
	s.AddFlash("Signed in.")
	_ = s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}
