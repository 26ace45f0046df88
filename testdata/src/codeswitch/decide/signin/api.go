package signin

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/decide/spapi"
)

// LoginResponse is the JSON the single-page app reads: it answers 200 and
// says in the payload whether the sign-in worked.
type LoginResponse struct {
	Success bool   `json:"success"`
	Error   string `json:"error,omitempty"`
	Token   string `json:"token,omitempty"`
}

// API serves the JSON sign-in.
type API struct {
	SP    spapi.Client
	Issue func(user string) string
	Audit func(user string, code spapi.ReturnCode)
}

// Login answers failures with Success: false in a 200 and lets the
// unlisted codes get a token like Success. Reported.
func (a *API) Login(c *gin.Context) {
	user := c.PostForm("user")
	res, err := a.SP.ValidateOTP(c.Request.Context(), user, c.PostForm("otp"))
	if err != nil {
		c.JSON(http.StatusOK, LoginResponse{Success: false, Error: "Sign-in is unavailable."})
		return
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		c.JSON(http.StatusOK, LoginResponse{Error: "That code did not work."})
		return
	}
	c.JSON(http.StatusOK, LoginResponse{Success: true, Token: a.Issue(user)})
}

// LoginStrict gives a token for Success only, and audits every attempt
// after the switch: a payload saying it failed rejects, with no return
// after it. Not reported.
func (a *API) LoginStrict(c *gin.Context) {
	user := c.PostForm("user")
	res, err := a.SP.ValidateOTP(c.Request.Context(), user, c.PostForm("otp"))
	if err != nil {
		c.JSON(http.StatusOK, LoginResponse{Success: false, Error: "Sign-in is unavailable."})
		return
	}
	switch res.ErrorCode {
	case spapi.Success:
		c.JSON(http.StatusOK, LoginResponse{Success: true, Token: a.Issue(user)})
	case spapi.MaximumFailedOTPRequestsExceeded:
		c.JSON(http.StatusOK, LoginResponse{Error: "Too many attempts."})
		return
	case spapi.OTPInvalid, spapi.BogusOTP:
		c.JSON(http.StatusOK, LoginResponse{Error: "That code did not work."})
	default:
		c.JSON(http.StatusOK, &LoginResponse{Success: false})
	}
	a.Audit(user, res.ErrorCode)
}
