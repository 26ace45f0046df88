package ginweb

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

// otpMessages is the recommended lookup table: the key is the raw code,
// the value is a constant.
var otpMessages = map[int]string{
	9002: "That code was already used. Wait for a new one.",
	9003: "That code is not valid.",
}

func statusFor(code int) int {
	if code == 9030 {
		return http.StatusForbidden
	}
	return http.StatusUnauthorized
}

// negatives shows what is not reported: a constant table looked up by the
// raw code, the code choosing the HTTP status, http.StatusText, and the
// wrapped error kept in c.Errors.
func (s *server) negatives(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		_ = c.Error(err)
		c.AbortWithStatusJSON(http.StatusBadGateway, gin.H{"error": http.StatusText(http.StatusBadGateway)})
		return
	}
	if resp.ErrorCode != 0 {
		log.Printf("otp rejected %d: %s", resp.ErrorCode, resp.ErrorMessage)
		msg, ok := otpMessages[resp.ErrorCode]
		if !ok {
			msg = "Sign-in failed."
		}
		c.AbortWithStatusJSON(statusFor(resp.ErrorCode), gin.H{"error": msg})
		return
	}
	c.String(http.StatusOK, "welcome")
}
