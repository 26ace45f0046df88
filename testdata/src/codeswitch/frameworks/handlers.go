// Package frameworks signs users in from gin, echo, fiber and gRPC
// handlers, each once fail-open and once fail-closed.
package frameworks

import (
	"context"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	grpccodes "google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/surepasslint/surepasslint/codes"
)

// Response is the SurePassID answer.
type Response struct {
	codes.Envelope
}

// Verifier calls SurePassID.
type Verifier interface {
	Verify(ctx context.Context, user, otp string) (*Response, error)
}

type server struct{ sp Verifier }

func (s *server) ginLogin(c *gin.Context) {
	resp, err := s.sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": codes.GenericMessage})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func (s *server) ginLoginClosed(c *gin.Context) {
	resp, err := s.sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	switch resp.ErrorCode {
	case codes.Success:
		c.JSON(http.StatusOK, gin.H{"ok": true})
	case codes.OTPInvalid:
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": codes.GenericMessage})
	default:
		c.AbortWithStatus(http.StatusForbidden)
	}
}

func (s *server) echoLogin(c echo.Context) error {
	resp, err := s.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case codes.MaximumFailedOTPRequestsExceeded:
		return c.JSON(http.StatusTooManyRequests, map[string]string{"error": codes.GenericMessage})
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true})
}

func (s *server) echoLoginClosed(c echo.Context) error {
	resp, err := s.sp.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.ErrorCode {
	case codes.Success:
		return c.JSON(http.StatusOK, map[string]bool{"ok": true})
	case codes.MaximumFailedOTPRequestsExceeded:
		return c.JSON(http.StatusTooManyRequests, map[string]string{"error": codes.GenericMessage})
	default:
		return echo.NewHTTPError(http.StatusUnauthorized, codes.GenericMessage)
	}
}

func (s *server) fiberLogin(c *fiber.Ctx) error {
	resp, err := s.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode == codes.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall through unhandled`
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": codes.GenericMessage})
	}
	return c.JSON(fiber.Map{"ok": true})
}

func (s *server) fiberLoginClosed(c *fiber.Ctx) error {
	resp, err := s.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.ErrorCode {
	case codes.Success:
		return c.JSON(fiber.Map{"ok": true})
	case codes.OTPInvalid:
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return fiber.NewError(fiber.StatusUnauthorized, codes.GenericMessage)
}

// fiberAuthorize answers a VPN concentrator with a 200 whose payload says
// whether to let the tunnel up ("allow": false rejects); the default only
// logs, so every other failure is allowed.
func (s *server) fiberAuthorize(c *fiber.Ctx) error {
	resp, err := s.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case codes.Success:
	case codes.OTPInvalid, codes.BogusOTP:
		return c.JSON(fiber.Map{"allow": false})
	case codes.PartnerUserLoginDisabled:
		return c.JSON(fiber.Map{"allow": false, "drop_sessions": true})
	default:
		log.Printf("authorize: unexpected code %d", resp.ErrorCode)
	}
	return c.JSON(fiber.Map{"allow": true})
}

// ginAuthorize says "allow": false for every failure: not reported.
func (s *server) ginAuthorize(c *gin.Context) {
	resp, err := s.sp.Verify(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if resp.ErrorCode == codes.OTPInvalid {
		c.JSON(http.StatusOK, gin.H{"allow": false, "retry": true})
		return
	}
	if resp.ErrorCode != codes.Success {
		c.JSON(http.StatusOK, gin.H{"allow": false})
		return
	}
	c.JSON(http.StatusOK, gin.H{"allow": true})
}

// Token is the gRPC reply.
type Token struct{ Value string }

func (s *server) Login(ctx context.Context, user, otp string) (*Token, error) {
	resp, err := s.sp.Verify(ctx, user, otp)
	if err != nil {
		return nil, status.Error(grpccodes.Unavailable, "try again")
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case codes.OTPInvalid:
		return nil, status.Error(grpccodes.Unauthenticated, codes.GenericMessage)
	}
	return &Token{Value: "t"}, nil
}

func (s *server) LoginClosed(ctx context.Context, user, otp string) (*Token, error) {
	resp, err := s.sp.Verify(ctx, user, otp)
	if err != nil {
		return nil, status.Error(grpccodes.Unavailable, "try again")
	}
	switch resp.ErrorCode {
	case codes.Success:
		return &Token{Value: "t"}, nil
	case codes.OTPInvalid:
		return nil, status.Error(grpccodes.Unauthenticated, codes.GenericMessage)
	}
	return nil, status.Errorf(grpccodes.PermissionDenied, "sign-in failed")
}
