package enrollweb

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"rawexposure/messaging/otpapi"
)

// Handlers serves the enrollment pages.
type Handlers struct {
	API  *otpapi.Client
	last pageVM // the outcome of the last verification, shown by status
}

// verify appends the server's text to the page's notices.
func (h *Handlers) verify(c echo.Context) error {
	vm := pageVM{Title: "Verify", User: c.FormValue("user")}
	res, err := h.API.Validate(c.Request().Context(), vm.User, c.FormValue("otp"))
	if err != nil {
		vm.Notices = append(vm.Notices, "The service is unavailable.")
		return c.Render(http.StatusBadGateway, "verify.html", vm)
	}
	if !res.OK() {
		vm.Notices = append(vm.Notices, res.Message)
	}
	return c.Render(http.StatusOK, "verify.html", vm) // want `raw SurePassID errorMessage`
}

// steps records each step's detail in a view model by pointer, sent as JSON.
func (h *Handlers) steps(c echo.Context) error {
	vm := &pageVM{Title: "Enroll"}
	res, err := h.API.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.JSON(http.StatusBadGateway, vm)
	}
	vm.Steps = append(vm.Steps, stepVM{Name: "validate", OK: res.OK(), Detail: res.Message})
	return c.JSON(http.StatusOK, vm) // want `raw SurePassID errorMessage`
}

// viaMethod fills the page through its methods.
func (h *Handlers) viaMethod(c echo.Context) error {
	var vm pageVM
	vm.Title = "Resend"
	res, err := h.API.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	vm.step("validate", res.OK(), "")
	if !res.OK() {
		vm.notice(res.Message)
	}
	return c.Render(http.StatusOK, "resend.html", &vm) // want `raw SurePassID errorMessage`
}

// remember keeps the outcome in the handler, shown later by status.
func (h *Handlers) remember(c echo.Context) error {
	res, err := h.API.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	h.last.Notices = append(h.last.Notices, res.Message)
	return c.Redirect(http.StatusSeeOther, "/status")
}

// status renders what remember kept.
func (h *Handlers) status(c echo.Context) error {
	return c.Render(http.StatusOK, "status.html", h.last) // want `raw SurePassID errorMessage`
}

// quiet logs the server's text and shows ours.
func (h *Handlers) quiet(c echo.Context) error {
	vm := pageVM{Title: "Verify"}
	res, err := h.API.Validate(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return err
	}
	if !res.OK() {
		log.Printf("otp refused: %s", res.Message)
		vm.Notices = append(vm.Notices, "The code is not valid.")
		vm.notice("Request a new code and try again.")
	}
	return c.Render(http.StatusOK, "verify.html", vm)
}

// help renders a page of the same type with fixed text only.
func (h *Handlers) help(c echo.Context) error {
	vm := &pageVM{Title: "Help"}
	vm.notice("Codes expire after 30 seconds.")
	vm.step("read", true, "Open your authenticator app.")
	return c.Render(http.StatusOK, "help.html", vm)
}
