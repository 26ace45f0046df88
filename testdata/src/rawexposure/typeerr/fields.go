package typeerr

import "github.com/labstack/echo/v4"

// fail stores into framework fields next to type errors.
func fail(resp Response) error {
	he := &echo.HTTPError{Code: 401, Message: resp.ErrorMessage, Nope: 1} // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
	he.Missing = resp.ErrorMessage
	undefinedMap["x"] = resp.ErrorMessage
	he.Message = resp.ErrorMessage + undefinedThing // want `raw SurePassID errorMessage .*echo.HTTPError.Message`
	return he
}
