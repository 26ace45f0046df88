// Package gateway serves the sign-in step of a gin app through the
// generated client.
package gateway

import (
	"errors"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/rawbody/surepassapi"
)

type Handler struct {
	api *surepassapi.APIClient
}

type otpForm struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// Verify relays the upstream answer as is when the call fails.
func (h *Handler) Verify(c *gin.Context) {
	var f otpForm
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad request"})
		return
	}
	res, httpRes, err := h.api.AuthApi.ValidateOTP(c.Request.Context()).Body(surepassapi.ValidateOTPRequest{Type: "validate_oath_otp", Username: f.User, Otp: f.OTP}).Execute()
	if err != nil {
		var upstream *surepassapi.GenericOpenAPIError
		if errors.As(err, &upstream) {
			c.Data(http.StatusBadGateway, "application/json", upstream.Body()) // want `raw SurePassID errorMessage \(from surepassapi.GenericOpenAPIError.body\) written to the gin response body`
			return
		}
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"type": res.GetType(), "status": httpRes.StatusCode})
}

// Check keeps the upstream body for its own log, and tells the user only
// how it went.
func (h *Handler) Check(c *gin.Context) {
	_, _, err := h.api.AuthApi.ValidateOTP(c.Request.Context()).Execute()
	var upstream surepassapi.GenericOpenAPIError
	if errors.As(err, &upstream) {
		log.Printf("surepass: %s: %s", upstream.Error(), upstream.Body())
		c.JSON(http.StatusBadGateway, gin.H{"error": upstream.Error(), "bytes": len(upstream.Body())})
		return
	}
	c.Status(http.StatusNoContent)
}

// Detail writes the body a second way: as text.
func (h *Handler) Detail(c *gin.Context) {
	_, _, err := h.api.AuthApi.ValidateOTP(c.Request.Context()).Execute()
	var upstream *surepassapi.GenericOpenAPIError
	if errors.As(err, &upstream) {
		body := upstream.Body()
		c.String(http.StatusBadGateway, "upstream: %s", body) // want `raw SurePassID errorMessage \(from surepassapi.GenericOpenAPIError.body\) written to the gin response body`
	}
}

// Model relays the decoded answer the error keeps.
func (h *Handler) Model(c *gin.Context) {
	_, _, err := h.api.AuthApi.ValidateOTP(c.Request.Context()).Execute()
	var upstream *surepassapi.GenericOpenAPIError
	if !errors.As(err, &upstream) {
		c.Status(http.StatusNoContent)
		return
	}
	if m, ok := upstream.Model().(surepassapi.ValidateOTPResponse); ok {
		c.JSON(http.StatusBadGateway, gin.H{"type": m.GetType()})
		return
	}
	c.JSON(http.StatusBadGateway, upstream.Model()) // want `raw SurePassID errorMessage \(from surepassapi.GenericOpenAPIError.model\) written to the gin response body`
}
