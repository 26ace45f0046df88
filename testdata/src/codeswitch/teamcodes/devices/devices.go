// Package devices manages the tokens of a user from the admin console.
package devices

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"codeswitch/teamcodes/spapi"
)

// the codes the console treats specially, from the API docs.
const (
	codeNotFound = 9021
	codeInUse    = 9019
	codeDisabled = 9028
)

// Handler serves /devices.
type Handler struct{ API *spapi.Client }

// Assign gives a token to a user.
func (h *Handler) Assign(c echo.Context) error {
	resp, err := h.API.Do(c.Request().Context(), spapi.Request{Type: "assign_device", Username: c.Param("user"), PSN: c.Param("psn")})
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	code, _ := resp.Code.Int64()
	switch code { // want `fail-open switch over SurePassID return codes`
	case codeNotFound:
		return c.JSON(http.StatusNotFound, echo.Map{"error": "no such device"})
	case codeInUse:
		return c.JSON(http.StatusConflict, echo.Map{"error": "device in use"})
	}
	return c.NoContent(http.StatusNoContent)
}

// Unassign takes a token back.
func (h *Handler) Unassign(c echo.Context) error {
	resp, err := h.API.Do(c.Request().Context(), spapi.Request{Type: "unassign_device", PSN: c.Param("psn")})
	if err != nil {
		return err
	}
	n, err := resp.Code.Int64()
	if err != nil {
		return err
	}
	switch int(n) { // want `fail-open switch over SurePassID return codes`
	case codeNotFound, codeDisabled:
		return c.JSON(http.StatusNotFound, echo.Map{"error": "no such device"})
	}
	return c.NoContent(http.StatusNoContent)
}

// Sync resynchronizes a token; every other answer is refused: nothing to report.
func (h *Handler) Sync(c echo.Context) error {
	resp, err := h.API.Do(c.Request().Context(), spapi.Request{Type: "sync_oath_device", PSN: c.Param("psn")})
	if err != nil {
		return err
	}
	code, _ := resp.Code.Int64()
	switch code {
	case 0:
		return c.NoContent(http.StatusNoContent)
	case codeNotFound, codeInUse:
		return c.JSON(http.StatusNotFound, echo.Map{"error": "no such device"})
	default:
		return c.JSON(http.StatusBadGateway, echo.Map{"error": "sync failed"})
	}
}
