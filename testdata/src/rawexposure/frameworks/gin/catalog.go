package ginweb // want package:`scoped gin errors raw errorMessage from spclient.Verify`

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// otpError stands for a protoc-generated message.
type otpError struct {
	Message string
}

// catalog sends the raw message through every other gin renderer, one
// branch each, as handlers switching on the requested format do.
func (s *server) catalog(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	switch c.Query("format") {
	case "secure":
		c.SecureJSON(http.StatusUnauthorized, []string{resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "jsonp":
		c.JSONP(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "ascii":
		c.AsciiJSON(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "toml":
		c.TOML(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "proto":
		c.ProtoBuf(http.StatusUnauthorized, &otpError{Message: resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "bson":
		c.BSON(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	case "stream":
		c.DataFromReader(http.StatusUnauthorized, -1, "text/plain", strings.NewReader(resp.ErrorMessage), nil) // want `raw SurePassID errorMessage .*gin`
	case "sse":
		c.SSEvent("otp", resp.ErrorMessage) // want `raw SurePassID errorMessage .*gin`
	case "negotiate":
		c.Negotiate(http.StatusUnauthorized, gin.Negotiate{Offered: []string{"application/json", "text/html"}, HTMLName: "otp.tmpl", Data: gin.H{"error": resp.ErrorMessage}}) // want `raw SurePassID errorMessage .*gin`
	case "cookie":
		c.SetCookieData(&http.Cookie{Name: "flash", Value: resp.ErrorMessage, HttpOnly: true}) // want `raw SurePassID errorMessage .*gin`
	default:
		c.AbortWithStatusPureJSON(http.StatusUnauthorized, gin.H{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*gin`
	}
}
