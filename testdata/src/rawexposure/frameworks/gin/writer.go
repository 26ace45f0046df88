package ginweb

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// streamResult writes to c.Writer directly, as streaming handlers do.
func (s *server) streamResult(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	c.Writer.Header().Set("X-Auth-Error", resp.ErrorMessage) // want `raw SurePassID errorMessage .*response header`
	c.Writer.WriteHeader(http.StatusUnauthorized)
	switch c.Query("mode") {
	case "bytes":
		c.Writer.Write([]byte(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*HTTP response`
	case "string":
		c.Writer.WriteString(resp.ErrorMessage) // want `raw SurePassID errorMessage .*gin`
	default:
		fmt.Fprintf(c.Writer, "sign-in failed: %s\n", resp.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
	}
}
