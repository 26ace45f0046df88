// Package fiberproblem is a fiber app whose ErrorHandler renders the
// package's own problem type as JSON: a raw value is reported where a
// handler puts it in the problem.
package fiberproblem

import (
	"errors"
	"log"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"rawexposure/frameworks/spclient"
)

// apiProblem is an RFC 9457 problem.
type apiProblem struct {
	Status int
	Title  string
	Detail string
	trace  string
}

func (p *apiProblem) Error() string { return p.Title + ": " + p.Detail }

// renderProblem shows a problem's title and detail; any other error is a
// fixed 500.
func renderProblem(c *fiber.Ctx, err error) error {
	var p *apiProblem
	if errors.As(err, &p) {
		log.Printf("problem %d: %s", p.Status, p.trace)
		return c.Status(p.Status).JSON(fiber.Map{"title": p.Title, "detail": p.Detail})
	}
	log.Printf("unhandled: %v", err)
	return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"title": "Internal error"})
}

type api struct{ sp *spclient.Client }

func (a *api) verify(c *fiber.Ctx) error {
	res, err := a.sp.ValidateOTP(c.UserContext(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return &apiProblem{Status: fiber.StatusBadGateway, Title: "Unavailable"}
	}
	switch res.ErrorCode {
	case 0:
		return c.SendStatus(fiber.StatusNoContent)
	case 9003:
		return &apiProblem{Status: fiber.StatusUnauthorized, Title: "Invalid code", trace: res.ErrorMessage}
	}
	return &apiProblem{Status: fiber.StatusForbidden, Title: "Denied", Detail: "code " + strconv.Itoa(res.ErrorCode)} // want `raw SurePassID return code .*app's error handler.*apiProblem.Detail`
}

// New builds the app.
func New(sp *spclient.Client) *fiber.App {
	a := &api{sp: sp}
	app := fiber.New(fiber.Config{ErrorHandler: renderProblem})
	app.Post("/verify", a.verify)
	return app
}
