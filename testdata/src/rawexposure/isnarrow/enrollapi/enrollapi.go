// Package enrollapi is the echo API of the enrollment flow: sentinel tests
// pick the errors whose fixed text may be shown.
package enrollapi

import (
	stderrors "errors"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/pkg/errors"

	"rawexposure/isnarrow/enroll"
	"rawexposure/isnarrow/otpgate"
	"rawexposure/isnarrow/policy"
)

type api struct {
	flow *enroll.Flow
	gate *otpgate.Gate
}

// confirm: the domain's own sentinels have fixed text, and none of the raw
// errors Confirm returns wraps them; the fall-through is raw.
func (a *api) confirm(c echo.Context) error {
	err := a.flow.Confirm(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	switch {
	case err == nil:
		return c.NoContent(http.StatusNoContent)
	case errors.Is(err, enroll.ErrNotInvited), errors.Is(err, enroll.ErrAlreadyBound):
		return c.JSON(http.StatusConflict, echo.Map{"error": err.Error()})
	case stderrors.Is(err, enroll.ErrUnavailable):
		return c.String(http.StatusServiceUnavailable, err.Error())
	default:
		return c.String(http.StatusBadGateway, err.Error()) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	}
}

// confirmChain: the same as an if-else chain, with == for a bare sentinel.
func (a *api) confirmChain(c echo.Context) error {
	err := a.flow.Confirm(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err == enroll.ErrNotInvited {
		return c.String(http.StatusNotFound, err.Error())
	} else if errors.Is(err, enroll.ErrAlreadyBound) {
		return c.JSON(http.StatusConflict, map[string]string{"message": err.Error()})
	} else if err != nil {
		return c.JSON(http.StatusBadGateway, map[string]string{"message": err.Error()}) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	}
	return c.NoContent(http.StatusNoContent)
}

// rejected: ErrRejected names otpgate.ErrCodeRejected, which every rejected
// *VerifyError matches through its Is method: the text is the vendor's.
func (a *api) rejected(c echo.Context) error {
	err := a.flow.Confirm(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if errors.Is(err, enroll.ErrRejected) {
		return c.String(http.StatusForbidden, err.Error()) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	}
	return nil
}

// verify tests the gate's sentinels directly: those wrapped beside the
// vendor's message (through a table, errors.Join of a helper's result, an
// Is method) stay raw; ErrUnavailable, returned bare only, does not.
func (a *api) verify(c echo.Context) error {
	err := a.gate.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	switch {
	case errors.Is(err, otpgate.ErrUnavailable):
		return c.String(http.StatusServiceUnavailable, err.Error())
	case errors.Is(err, otpgate.ErrReplayed):
		return c.String(http.StatusConflict, err.Error()) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	case stderrors.Is(err, otpgate.ErrThrottled):
		return c.String(http.StatusTooManyRequests, err.Error()) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	case errors.Is(err, otpgate.ErrCodeRejected):
		return c.JSON(http.StatusForbidden, echo.Map{"error": err}) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	}
	return nil
}

// notInvited negates the test before an early exit: past it err is the
// sentinel.
func (a *api) notInvited(c echo.Context) error {
	err := a.flow.Confirm(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if !errors.Is(err, enroll.ErrNotInvited) {
		return nil
	}
	return c.String(http.StatusNotFound, err.Error())
}

// deny: policy wraps the gate's raw error under ErrDenied, so errors.Is on
// it keeps the text raw; ErrStale is returned bare.
func (a *api) deny(c echo.Context) error {
	err := policy.Deny(a.gate.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp")))
	if errors.Is(err, policy.ErrStale) {
		return c.String(http.StatusUnauthorized, err.Error())
	}
	if errors.Is(err, policy.ErrDenied) {
		return c.String(http.StatusForbidden, err.Error()) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	}
	return nil
}

// rebind: a refusal's text is its fixed reason (the gate's error rides in
// a field Error() does not read); the other failures are the gate's.
func (a *api) rebind(c echo.Context) error {
	err := a.flow.Rebind(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"), c.FormValue("state"))
	if errors.Is(err, enroll.ErrAlreadyBound) || errors.Is(err, enroll.ErrNotInvited) {
		return c.JSON(http.StatusConflict, echo.Map{"error": err.Error()})
	}
	if err != nil {
		return c.String(http.StatusBadGateway, err.Error()) // want `raw SurePassID errorMessage \(from otpgate.Verify\)`
	}
	return nil
}
