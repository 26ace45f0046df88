// Package ginweb is a gin front end for SurePassID OTP sign-in.
package ginweb

import (
	"log"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"

	"rawexposure/frameworks/spclient"
)

type server struct {
	sp *spclient.Client
}

type otpForm struct {
	User string `json:"user" binding:"required"`
	OTP  string `json:"otp" binding:"required"`
}

type errorBody struct {
	Error string `json:"error"`
}

func (s *server) routes(r *gin.Engine) {
	r.POST("/otp", s.validate)
	r.POST("/otp/verify", s.verify)
	r.POST("/otp/page", s.page)
	r.POST("/otp/sso", s.sso)
}

func (s *server) validate(c *gin.Context) {
	var f otpForm
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "user and otp are required"})
		return
	}
	resp, err := s.sp.ValidateOTP(c.Request.Context(), f.User, f.OTP)
	if err != nil {
		log.Printf("surepass: %v", err)
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		c.JSON(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
		return
	}
	c.JSON(http.StatusOK, gin.H{"valid": true})
}

func (s *server) validateAbort(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		msg := resp.ErrorMessage
		log.Printf("otp rejected for %s: %s", c.PostForm("user"), msg)
		c.AbortWithStatusJSON(http.StatusUnauthorized, errorBody{Error: msg}) // want `raw SurePassID errorMessage .*gin`
		return
	}
	c.Status(http.StatusNoContent)
}

func (s *server) validateText(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.String(http.StatusBadGateway, "sign-in is unavailable, try again later")
		return
	}
	if resp.ErrorCode != 0 {
		c.String(http.StatusUnauthorized, "sign-in failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*gin`
		return
	}
	c.String(http.StatusOK, "welcome, %s", c.PostForm("user"))
}

// verify goes through the client's wrapper, whose error carries the raw
// message.
func (s *server) verify(c *gin.Context) {
	var f otpForm
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "user and otp are required"})
		return
	}
	if err := s.sp.Verify(c.Request.Context(), f.User, f.OTP); err != nil {
		c.String(http.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage .*gin`
		return
	}
	c.JSON(http.StatusOK, gin.H{"valid": true})
}

// verifyLogged logs the wrapped error and tells gin to abort: AbortWithError
// writes the status only, the error goes to c.Errors.
func (s *server) verifyLogged(c *gin.Context) {
	if err := s.sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		log.Printf("otp for %s: %v", c.PostForm("user"), err)
		_ = c.AbortWithError(http.StatusUnauthorized, err)
		return
	}
	c.Status(http.StatusNoContent)
}

func (s *server) page(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.HTML(http.StatusBadGateway, "error.tmpl", gin.H{"message": http.StatusText(http.StatusBadGateway)})
		return
	}
	if resp.ErrorCode != 0 {
		c.HTML(http.StatusUnauthorized, "otp.tmpl", gin.H{"user": c.PostForm("user"), "message": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
		return
	}
	c.Redirect(http.StatusSeeOther, "/home")
}

func (s *server) sso(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.Query("user"), c.Query("otp"))
	if err != nil {
		c.Redirect(http.StatusSeeOther, "/login?error=unavailable")
		return
	}
	if resp.ErrorCode != 0 {
		c.Redirect(http.StatusSeeOther, "/login?error="+url.QueryEscape(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*gin`
		return
	}
	c.Redirect(http.StatusSeeOther, c.Query("next"))
}

func (s *server) headerAndCookie(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	c.Header("X-Auth-Error", resp.ErrorMessage)                                             // want `raw SurePassID errorMessage .*gin`
	c.SetCookie("flash", resp.ErrorMessage, 60, "/", "", true, true)                        // want `raw SurePassID errorMessage .*gin`
	c.Data(http.StatusUnauthorized, "text/plain; charset=utf-8", []byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*gin`
}

func (s *server) otherRenderers(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	switch c.Query("format") {
	case "xml":
		c.XML(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "pretty":
		c.IndentedJSON(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "yaml":
		c.YAML(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	default:
		c.PureJSON(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	}
}

// rawCode sends the raw return code: a number is as telling as the text.
func (s *server) rawCode(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	c.JSON(http.StatusUnauthorized, gin.H{"error": "sign-in failed", "code": resp.ErrorCode}) // want `raw SurePassID (return )?code .*gin`
}
