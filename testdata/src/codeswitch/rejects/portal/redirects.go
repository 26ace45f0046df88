// Package portal is the customer portal's second-factor page: it answers
// every outcome with a redirect, to an error page or to where the user was
// going.
package portal

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"codeswitch/rejects/otpkit"
)

// Portal serves the pages.
type Portal struct {
	Kiosk *otpkit.Terminal
}

func (p *Portal) grant(w http.ResponseWriter, user string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: user})
}

// Second sends two codes back to the login page with an error and every
// other one on to the dashboard: reported.
func (p *Portal) Second(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Redirect(w, r, "/login?error=unavailable", http.StatusSeeOther)
		return
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid, otpkit.StatusBogusOTP:
		http.Redirect(w, r, "/login?error=otp", http.StatusSeeOther)
		return
	case otpkit.StatusMaxOTPFailures:
		http.Redirect(w, r, "/login/locked", http.StatusSeeOther)
		return
	}
	p.grant(w, user)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

// SecondClosed sends every code but Success to the failure page: not
// reported.
func (p *Portal) SecondClosed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Redirect(w, r, "/login?error=unavailable", http.StatusSeeOther)
		return
	}
	switch rep.ErrorCode {
	case otpkit.StatusSuccess:
		p.grant(w, user)
		http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
	case otpkit.StatusMaxOTPFailures:
		http.Redirect(w, r, "/login/locked", http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/login/failed", http.StatusSeeOther)
	}
}

// Notice sends a failed delivery on to the next page without granting
// the session Success's path grants: a refusal of two codes, and every
// other code, a lockout or a bypass attempt among them, is granted:
// reported.
func (p *Portal) Notice(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Redirect(w, r, "/login?error=unavailable", http.StatusSeeOther)
		return
	}
	next := r.FormValue("next")
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and 79 more\)`
	case otpkit.StatusSMSSendError, otpkit.StatusDatabaseError:
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	p.grant(w, user)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

// Gin redirects a locked account to the second-factor page with an
// error, and every other code to the next page: reported.
func (p *Portal) Gin(c *gin.Context) {
	user := c.PostForm("user")
	rep, err := p.Kiosk.Check(c.Request.Context(), user, c.PostForm("otp"))
	if err != nil {
		c.Redirect(http.StatusFound, "/mfa?err=unavailable")
		return
	}
	if rep.ErrorCode == otpkit.StatusMaxOTPFailures || rep.ErrorCode == otpkit.StatusMaxLoginsExceeded { // want `fail-open if-else chain over SurePassID return codes`
		c.Redirect(302, "/mfa?err=locked")
		return
	}
	c.SetCookie("session", user, 3600, "/", "", true, true)
	c.Redirect(http.StatusFound, c.Query("next"))
}

// Echo returns the redirect to the failure page: reported.
func (p *Portal) Echo(c echo.Context) error {
	user := c.FormValue("user")
	rep, err := p.Kiosk.Check(c.Request().Context(), user, c.FormValue("otp"))
	if err != nil {
		return c.Redirect(http.StatusFound, "/login?error=unavailable")
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPUsed, otpkit.StatusOTPInvalid:
		return c.Redirect(http.StatusFound, "/login/failed")
	}
	return c.Redirect(http.StatusFound, "/welcome")
}

// EchoNext sends a pending delivery to the page the user asked for: an
// acceptance, as Success's; nothing is refused: not reported.
func (p *Portal) EchoNext(c echo.Context) error {
	user := c.FormValue("user")
	rep, err := p.Kiosk.Check(c.Request().Context(), user, c.FormValue("otp"))
	if err != nil {
		return c.Redirect(http.StatusFound, "/login?error=unavailable")
	}
	switch rep.ErrorCode {
	case otpkit.StatusSMSSendError:
		return c.Redirect(http.StatusFound, c.QueryParam("next"))
	}
	return c.Redirect(http.StatusFound, "/welcome")
}

// SignBackIn sends the wrong codes back to the sign-in page, without a word
// of error in the target, and every other code on: reported.
func (p *Portal) SignBackIn(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Redirect(w, r, "/auth/signin", http.StatusSeeOther)
		return
	}
	if rep.ErrorCode == otpkit.StatusOTPInvalid || rep.ErrorCode == otpkit.StatusOTPUsed { // want `fail-open if-else chain over SurePassID return codes`
		http.Redirect(w, r, "/auth/signin?next="+r.URL.Path, http.StatusSeeOther)
		return
	}
	p.grant(w, user)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

// SignBackInClosed sends every failure back to /login: not reported.
func (p *Portal) SignBackInClosed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	switch rep.ErrorCode {
	case otpkit.StatusSuccess:
		p.grant(w, user)
		http.Redirect(w, r, "/login/otp", http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/login", http.StatusSeeOther)
	}
}
