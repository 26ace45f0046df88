package errlits

import (
	"errors"
	"log"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"

	"rawexposure/frameworks/spclient"
)

var sp = &spclient.Client{}

// unauthorized is the package's helper: its parameter becomes the
// message fiber's default handler sends, so its callers are reported.
func unauthorized(msg string) *fiber.Error {
	return &fiber.Error{Code: fiber.StatusUnauthorized, Message: msg}
}

// otpError wraps a SurePassID answer for fiber v2 handlers.
func otpError(resp *spclient.Response) error {
	if resp.ErrorCode == 9030 {
		return &fiber.Error{Code: fiber.StatusForbidden, Message: "account locked: " + resp.ErrorMessage} // want `raw SurePassID errorMessage .*fiber error response.*fiber.Error.Message`
	}
	fe := fiber.Error{Code: fiber.StatusUnauthorized, Message: resp.ErrorMessage} // want `raw SurePassID errorMessage .*fiber.Error.Message`
	return &fe
}

// login is a fiber v2 handler.
func login(c *fiber.Ctx) error {
	resp, err := sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return fiber.ErrBadGateway
	}
	switch resp.ErrorCode {
	case 0:
		return c.SendStatus(fiber.StatusNoContent)
	case 9001:
		return otpError(resp)
	case 9002:
		return unauthorized(resp.ErrorMessage) // want `raw SurePassID errorMessage .*fiber error response.* by errlits.unauthorized`
	case 9003:
		fe := fiber.NewError(fiber.StatusUnauthorized)
		fe.Message = resp.ErrorMessage // want `raw SurePassID errorMessage .*fiber.Error.Message`
		return fe
	}
	log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
	return &fiber.Error{Code: fiber.StatusUnauthorized, Message: "sign-in failed"}
}

// loginV3 is a fiber v3 handler.
func loginV3(c fiber3.Ctx) error {
	resp, err := sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return errors.New("sign-in is unavailable")
	}
	if resp.ErrorCode == 9001 {
		fe := &fiber3.Error{Code: fiber3.StatusUnauthorized, Message: resp.ErrorMessage} // want `raw SurePassID errorMessage .*fiber.Error.Message`
		return fe
	}
	if resp.ErrorCode != 0 {
		fe := fiber3.NewError(fiber3.StatusUnauthorized)
		fe.Message = "sign-in failed"
		return fe
	}
	return nil
}
