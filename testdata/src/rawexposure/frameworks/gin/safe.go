package ginweb

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/surepasslint/surepasslint/codes"
)

// safeValidate is the recommended shape: the raw message is logged, the
// user sees codes.UserMessage, and the body carries a boolean.
func (s *server) safeValidate(c *gin.Context) {
	var f otpForm
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "user and otp are required"})
		return
	}
	resp, err := s.sp.ValidateOTP(c.Request.Context(), f.User, f.OTP)
	if err != nil {
		slog.Error("surepass call failed", "err", err)
		c.AbortWithStatusJSON(http.StatusBadGateway, gin.H{"error": http.StatusText(http.StatusBadGateway)})
		return
	}
	if resp.ErrorCode != 0 {
		slog.Warn("otp rejected", "code", resp.ErrorCode, "message", resp.ErrorMessage)
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": codes.UserMessage(codes.ReturnCode(resp.ErrorCode))})
		return
	}
	c.JSON(http.StatusOK, gin.H{"valid": resp.ErrorCode == 0})
}

type result struct {
	Valid bool `json:"valid"`
}

// safeResult sends only a boolean and constant text.
func (s *server) safeResult(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.String(http.StatusBadGateway, "sign-in is unavailable")
		return
	}
	ok := resp.ErrorCode == 0
	c.Header("X-Auth-Result", "checked")
	c.JSON(http.StatusOK, result{Valid: ok})
}
