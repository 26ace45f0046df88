// Package kiosk serves the self-service kiosk's pages.
package kiosk

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/ctorfield/faxvendor"
	"rawexposure/ctorfield/mfaclient"
)

// Kiosk holds the client.
type Kiosk struct{ MFA *mfaclient.Client }

func (k *Kiosk) otp(c *gin.Context) {
	out, err := k.MFA.CheckOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.String(http.StatusBadGateway, "service unavailable")
		return
	}
	if out.Rejected() {
		log.Printf("otp rejected: %s", out.Detail())
		c.Header("X-MFA-Reason", out.Detail()) // want `raw SurePassID errorMessage`
		return
	}
	c.Status(http.StatusNoContent)
}

func (k *Kiosk) password(c *gin.Context) {
	out, err := k.MFA.CheckPassword(c.Request.Context(), c.PostForm("user"), c.PostForm("pw"))
	if err != nil {
		c.String(http.StatusBadGateway, "service unavailable")
		return
	}
	if out.Rejected() {
		c.JSON(http.StatusUnauthorized, gin.H{"error": out.Hint()}) // want `raw SurePassID errorMessage`
	}
}

func (k *Kiosk) user(c *gin.Context) {
	out, err := k.MFA.FindUser(c.Request.Context(), c.Query("user"))
	if err != nil {
		c.String(http.StatusBadGateway, "service unavailable")
		return
	}
	c.String(http.StatusOK, out.Note()) // want `raw SurePassID errorMessage`
}

func (k *Kiosk) verify(c *gin.Context) {
	if err := k.MFA.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp")); err != nil {
		c.String(http.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage`
		return
	}
	c.Status(http.StatusNoContent)
}

// Safe logs the server's text and shows ours.
func (k *Kiosk) safe(c *gin.Context) {
	out, err := k.MFA.CheckOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil || out.Rejected() {
		log.Printf("otp rejected: %s", out.Detail())
		c.String(http.StatusUnauthorized, "That code didn't work.")
		return
	}
	c.String(http.StatusOK, mfaclient.Ping().Text())
}

// fax relays the fax gateway's own text: another vendor, not reported.
func (k *Kiosk) fax(c *gin.Context) {
	res, err := faxvendor.Send(http.DefaultClient)
	if err != nil {
		c.String(http.StatusBadGateway, "fax offline")
		return
	}
	c.String(http.StatusConflict, res.Reason())
}

// sms relays Twilio's own text: another vendor's result built by the same
// kind of constructor, not reported.
func (k *Kiosk) sms(c *gin.Context) {
	res, err := mfaclient.SendSMS(http.DefaultClient, c.PostForm("user"))
	if err != nil {
		c.String(http.StatusBadGateway, "sms offline")
		return
	}
	c.String(http.StatusOK, res.Text())
}
