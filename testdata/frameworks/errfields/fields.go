// Package errfields builds the frameworks' error values as literals and
// fills their fields after construction: what reaches the client is the
// field each error handler sends (echo's DefaultHTTPErrorHandler sends
// {"message": he.Message}, Internal only with Debug; fiber's
// DefaultErrorHandler sends e.Message; huma encodes the ErrorModel; gqlgen's
// presenter passes a *gqlerror.Error on, whose Err is json:"-").
package errfields

import (
	"context"
	"fmt"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

func echoLogin(c echo.Context) error {
	resp, err := sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return &echo.HTTPError{Code: http.StatusBadGateway, Message: "try again later", Internal: err}
	}
	if resp.ErrorCode != 0 {
		return &echo.HTTPError{Code: http.StatusUnauthorized, Message: resp.ErrorMessage} // want "raw SurePassID errorMessage .*echo.HTTPError.Message"
	}
	return c.NoContent(http.StatusNoContent)
}

func echo5Login(c *echo5.Context) error {
	resp, err := sp.ValidateOTP(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return echo5.NewHTTPError(http.StatusBadGateway, "try again later")
	}
	if resp.ErrorCode != 0 {
		he := echo5.NewHTTPError(http.StatusUnauthorized, "sign-in failed")
		he.Message = resp.ErrorMessage // want "raw SurePassID errorMessage .*echo.HTTPError.Message"
		return he
	}
	return c.NoContent(http.StatusNoContent)
}

func fiberLogin(c *fiber.Ctx) error {
	resp, err := sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return fiber.ErrBadGateway
	}
	if resp.ErrorCode != 0 {
		return &fiber.Error{Code: fiber.StatusUnauthorized, Message: resp.ErrorMessage} // want "raw SurePassID errorMessage .*fiber.Error.Message"
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func fiber3Login(c fiber3.Ctx) error {
	resp, err := sp.ValidateOTP(c.Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return fiber3.ErrBadGateway
	}
	if resp.ErrorCode != 0 {
		fe := fiber3.NewError(fiber3.StatusUnauthorized)
		fe.Message = resp.ErrorMessage // want "raw SurePassID errorMessage .*fiber.Error.Message"
		return fe
	}
	return c.SendStatus(fiber3.StatusNoContent)
}

type verifyInput struct {
	User string `query:"user"`
	OTP  string `query:"otp"`
}

type verifyOutput struct {
	Body struct {
		OK bool `json:"ok"`
	}
}

func humaVerify(ctx context.Context, in *verifyInput) (*verifyOutput, error) {
	resp, err := sp.ValidateOTP(ctx, in.User, in.OTP)
	if err != nil {
		return nil, &huma.ErrorModel{Status: http.StatusBadGateway, Title: "Bad Gateway", Detail: "try again later"}
	}
	if resp.ErrorCode != 0 {
		return nil, &huma.ErrorModel{Status: http.StatusUnauthorized, Title: "Unauthorized", Detail: resp.ErrorMessage} // want "raw SurePassID errorMessage .*huma.ErrorModel.Detail"
	}
	return &verifyOutput{}, nil
}

// Register mounts the huma operation.
func Register(api huma.API) {
	huma.Get(api, "/verify", humaVerify)
}

// otpError is what a resolver returns for a failed answer.
func otpError(resp *spclient.Response, quiet bool) *gqlerror.Error {
	if quiet {
		return &gqlerror.Error{Message: "sign-in failed", Err: fmt.Errorf("surepass: %s", resp.ErrorMessage)}
	}
	return &gqlerror.Error{Message: resp.ErrorMessage} // want "raw SurePassID errorMessage .*gqlerror.Error.Message"
}
