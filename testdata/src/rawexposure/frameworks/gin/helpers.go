package ginweb

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/frameworks/plainrespond"
	"rawexposure/frameworks/respond"
)

// validateHelper reaches gin through the shared helpers of another package.
func (s *server) validateHelper(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		respond.Fail(c, http.StatusBadGateway, "sign-in is unavailable")
		return
	}
	if resp.ErrorCode != 0 {
		respond.Fail(c, http.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*gin.*Fail`
		return
	}
	if err := s.sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		respond.FailErr(c, http.StatusUnauthorized, err) // want `raw SurePassID errorMessage .*gin.*FailErr`
	}
}

// validateSafeHelper passes only the code; the helper maps it.
func (s *server) validateSafeHelper(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err == nil && resp.ErrorCode != 0 {
		respond.FailCode(c, http.StatusUnauthorized, codes.ReturnCode(resp.ErrorCode))
	}
}

// validatePlainHelper reaches gin through a helper of a package with no
// SurePassID signal: its fact still says that Fail's msg reaches gin.
func (s *server) validatePlainHelper(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err == nil && resp.ErrorCode != 0 {
		plainrespond.Fail(c, http.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*gin.*plainrespond.Fail`
	}
}
