// Package irismvc is an iris mvc front end: the controllers' methods
// named for HTTP methods are the routes, and iris writes an error they
// return as the response's text.
package irismvc

import (
	"errors"
	"fmt"
	"log"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/mvc"

	"rawexposure/webfw/spauth"
)

var errTryLater = errors.New("please try again later")

// OTPController serves /otp.
type OTPController struct {
	Ctx iris.Context
	SP  *spauth.Client
}

type Status struct {
	Verified bool `json:"verified"`
}

// PostVerify returns the client's error: its text is SurePassID's.
func (c *OTPController) PostVerify() (Status, error) { // want PostVerify:"raw errorMessage"
	if err := c.SP.Verify(c.Ctx.Request().Context(), c.Ctx.FormValue("user"), c.Ctx.FormValue("otp")); err != nil {
		return Status{}, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from an iris mvc controller method`
	}
	return Status{Verified: true}, nil
}

// GetCheck wraps it.
func (c *OTPController) GetCheck() error { // want GetCheck:"raw errorMessage"
	if err := c.SP.Verify(c.Ctx.Request().Context(), c.Ctx.URLParam("user"), c.Ctx.URLParam("otp")); err != nil {
		return fmt.Errorf("check: %w", err) // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from an iris mvc controller method`
	}
	return nil
}

// GetQuiet logs the error and returns the controller's own.
func (c *OTPController) GetQuiet() (Status, error) {
	if err := c.SP.Verify(c.Ctx.Request().Context(), c.Ctx.URLParam("user"), c.Ctx.URLParam("otp")); err != nil {
		log.Printf("verify: %v", err)
		return Status{}, errTryLater
	}
	return Status{Verified: true}, nil
}

// Lookup is no route (no HTTP method in its name): the caller decides.
func (c *OTPController) Lookup(user, otp string) error { // want Lookup:"raw errorMessage"
	return c.SP.Verify(c.Ctx.Request().Context(), user, otp)
}

// Get renders a page through an mvc.Result.
func (c *OTPController) Get() mvc.Result {
	if err := c.Lookup(c.Ctx.URLParam("user"), c.Ctx.URLParam("otp")); err != nil {
		return mvc.Response{Code: 401, Text: "That code did not work."}
	}
	return mvc.View{Name: "otp.html"}
}

// GetExplain renders SurePassID's answer through mvc results.
func (c *OTPController) GetExplain() mvc.Result {
	res, err := c.SP.ValidateOTP(c.Ctx.Request().Context(), c.Ctx.URLParam("user"), c.Ctx.URLParam("otp"))
	if err != nil {
		return mvc.Response{Code: 502, Err: err} // the transport's error, not an answer
	}
	switch c.Ctx.URLParam("as") {
	case "text":
		return mvc.Response{Code: 401, Text: res.ErrorMessage} // want `raw SurePassID errorMessage \(from res.ErrorMessage\) written to the iris response body`
	case "bytes":
		return mvc.Response{Code: 401, Content: []byte(res.ErrorMessage)} // want `raw SurePassID errorMessage \(from res.ErrorMessage\) written to the iris response body`
	case "json":
		return mvc.Response{Code: 401, Object: iris.Map{"code": res.ErrorCode}} // want `raw SurePassID return code \(from res.ErrorCode\) written to the iris response body`
	case "quiet":
		log.Printf("otp refused: %d %s", res.ErrorCode, res.ErrorMessage)
		return mvc.Response{Code: 401, Text: "That code did not work."}
	}
	return mvc.View{Name: "otp.html", Data: iris.Map{"Flash": res.ErrorMessage}} // want `raw SurePassID errorMessage \(from res.ErrorMessage\) written to the iris response body`
}

// GetRetry shows a page with the view's error set.
func (c *OTPController) GetRetry() mvc.Result {
	if err := c.Lookup(c.Ctx.URLParam("user"), c.Ctx.URLParam("otp")); err != nil {
		return mvc.View{Name: "otp.html", Err: err} // want `raw SurePassID errorMessage \(from spauth.Verify\) written to the iris response body`
	}
	return mvc.View{Name: "otp.html", Data: iris.Map{"Flash": "Welcome back."}}
}

// PostResend reports the lookup's error in the response.
func (c *OTPController) PostResend() mvc.Result {
	if err := c.Lookup(c.Ctx.FormValue("user"), c.Ctx.FormValue("otp")); err != nil {
		return mvc.Response{Code: 401, Err: err} // want `raw SurePassID errorMessage \(from spauth.Verify\) written to the iris response body`
	}
	return mvc.Response{Code: 204}
}

// ledger is a helper of the package, not a controller.
type ledger struct {
	SP *spauth.Client
}

func (l *ledger) GetBalance(user string) (int, error) { // want GetBalance:"raw errorMessage"
	if err := l.SP.Verify(nil, user, ""); err != nil {
		return 0, err
	}
	return 42, nil
}

// Register mounts the controller.
func Register(app *iris.Application, sp *spauth.Client) {
	mvc.Configure(app, func(m *mvc.Application) { m.Handle(&OTPController{SP: sp}) })
}
