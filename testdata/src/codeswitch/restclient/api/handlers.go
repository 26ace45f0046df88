// Package api serves sign-in over net/http, gin, echo and fiber. The
// handlers reject through helpers (s.fail, abort, s.deny), and some answer
// with a status computed from the code.
package api

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"codeswitch/restclient/sp"
)

// Server holds the handlers.
type Server struct {
	SP sp.Client
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func (s *Server) startSession(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: r.FormValue("user"), HttpOnly: true})
	http.Redirect(w, r, "/home", http.StatusSeeOther)
}

// VerifyOTP rejects with s.fail and return; every unlisted code starts a
// session like Success.
func (s *Server) VerifyOTP(w http.ResponseWriter, r *http.Request) {
	res, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		s.fail(w, r, "Sign-in is unavailable.")
		return
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case sp.OTPInvalid, sp.BogusOTP:
		s.fail(w, r, "That code did not work.")
		return
	}
	s.startSession(w, r)
}

// VerifyOTPStrict starts a session for Success only and fails everything
// else through the helper: not reported.
func (s *Server) VerifyOTPStrict(w http.ResponseWriter, r *http.Request) {
	res, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		s.fail(w, r, "Sign-in is unavailable.")
		return
	}
	switch res.Code {
	case sp.Success:
		s.startSession(w, r)
		return
	case sp.MaximumFailedOTPRequestsExceeded:
		s.fail(w, r, "Too many attempts.")
		return
	}
	s.fail(w, r, sp.UserMessage(res.Code))
}

func abort(c *gin.Context, msg string) {
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": msg})
}

// ginVerify rejects through abort.
func (s *Server) ginVerify(c *gin.Context) {
	res, err := s.SP.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		abort(c, "Sign-in is unavailable.")
		return
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case sp.OTPInvalid:
		abort(c, "That code did not work.")
		return
	}
	c.JSON(http.StatusOK, gin.H{"user": c.PostForm("user")})
}

// ginVerifyComputed answers Success itself and every other code with the
// status and text the code maps to: not reported.
func (s *Server) ginVerifyComputed(c *gin.Context) {
	res, err := s.SP.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		abort(c, "Sign-in is unavailable.")
		return
	}
	switch res.Code {
	case sp.Success:
		c.JSON(http.StatusOK, gin.H{"user": c.PostForm("user")})
		return
	case sp.OTPInvalid:
		abort(c, "That code did not work.")
		return
	}
	c.JSON(sp.HTTPStatus(res.Code), gin.H{"error": sp.UserMessage(res.Code)})
}

func (s *Server) deny(c echo.Context, msg string) error {
	return c.JSON(http.StatusUnauthorized, map[string]string{"error": msg})
}

// echoVerify rejects through s.deny, whose result is an error the check
// cannot classify; the unlisted codes answer 200 like Success.
func (s *Server) echoVerify(c echo.Context) error {
	res, err := s.SP.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case sp.MaximumFailedOTPRequestsExceeded:
		return s.deny(c, "Too many attempts.")
	}
	return c.JSON(http.StatusOK, map[string]string{"user": c.FormValue("user")})
}

func (s *Server) echoFail(c echo.Context, msg string) {
	_ = c.JSON(http.StatusUnauthorized, map[string]string{"error": msg})
}

// echoVerifyHelper writes the failure through a helper and returns nil;
// every unlisted code answers 200 like Success.
func (s *Server) echoVerifyHelper(c echo.Context) error {
	res, err := s.SP.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case sp.OTPInvalid, sp.OTPAlreadyUsed:
		s.echoFail(c, "That code did not work.")
		return nil
	}
	return c.JSON(http.StatusOK, map[string]string{"user": c.FormValue("user")})
}

// echoVerifyHelperStrict answers 200 for Success only; everything else is
// written by the helper: not reported.
func (s *Server) echoVerifyHelperStrict(c echo.Context) error {
	res, err := s.SP.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch res.Code {
	case sp.Success:
		return c.JSON(http.StatusOK, map[string]string{"user": c.FormValue("user")})
	case sp.OTPInvalid:
		s.echoFail(c, "That code did not work.")
		return nil
	}
	s.echoFail(c, sp.UserMessage(res.Code))
	return nil
}

// echoVerifyComputed: an allow-list whose tail answers with the code's own
// status and generic text: not reported.
func (s *Server) echoVerifyComputed(c echo.Context) error {
	res, err := s.SP.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	switch res.Code {
	case sp.Success:
		return c.JSON(http.StatusOK, map[string]string{"user": c.FormValue("user")})
	case sp.MaximumFailedOTPRequestsExceeded:
		return s.deny(c, "Too many attempts.")
	}
	return c.JSON(sp.HTTPStatus(res.Code), map[string]string{"error": sp.UserMessage(res.Code)})
}

// fiberVerify rejects through a local helper; the unlisted codes get the
// token like Success.
func (s *Server) fiberVerify(c *fiber.Ctx) error {
	reject := func(msg string) error {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": msg})
	}
	res, err := s.SP.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return reject("Sign-in is unavailable.")
	}
	if res.Code == sp.OTPInvalid || res.Code == sp.OTPAlreadyUsed { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return reject("That code did not work.")
	}
	return c.JSON(fiber.Map{"user": c.FormValue("user")})
}

// fiberVerifyComputed is the allow-list from the issue: the tail answers
// c.Status(sp.HTTPStatus(code)) with sp.UserMessage(code): not reported.
func (s *Server) fiberVerifyComputed(c *fiber.Ctx) error {
	res, err := s.SP.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, "Sign-in is unavailable.")
	}
	switch res.Code {
	case sp.Success:
		return c.JSON(fiber.Map{"user": c.FormValue("user")})
	case sp.SMSSendError:
		return c.Status(fiber.StatusBadGateway).JSON(fiber.Map{"error": sp.UserMessage(res.Code)})
	}
	return c.Status(sp.HTTPStatus(res.Code)).JSON(fiber.Map{"error": sp.UserMessage(res.Code)})
}
