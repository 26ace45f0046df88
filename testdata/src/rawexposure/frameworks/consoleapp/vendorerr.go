package consoleapp

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"

	"rawexposure/frameworks/consoleapp/otpclient"
)

// vendorErrors is an error handler that writes the client's own error
// text: the package stores nothing in *APIError, so the finding stays at
// the write.
func vendorErrors(c *echo.Context, err error) {
	var ae *otpclient.APIError
	if errors.As(err, &ae) {
		_ = c.JSON(http.StatusBadGateway, errorBody{Error: ae.Message}) // want `raw SurePassID errorMessage \(from otpclient.APIError.Message\)`
		return
	}
	_ = c.NoContent(http.StatusInternalServerError)
}

// NewPartner builds the partner API, whose errors are the client's.
func NewPartner(sp *otpclient.Client) *echo.Echo {
	h := &handlers{sp: sp}
	e := echo.New()
	e.HTTPErrorHandler = vendorErrors
	e.POST("/check", h.check)
	return e
}
