// Package bunapi is a bunrouter front end for SurePassID sign-in. bunrouter
// drops the error a handler returns; this app installs an error middleware
// that writes it as JSON, so a returned error's text reaches the client.
package bunapi

import (
	"net/http"

	"github.com/uptrace/bunrouter"

	"rawexposure/webfw/spauth"
	"rawexposure/webfw/spresult"
)

var (
	sp = &spauth.Client{}
	rc = &spresult.Client{}
)

// Router builds the app.
func Router() *bunrouter.Router {
	router := bunrouter.New(bunrouter.Use(errorHandler))
	router.POST("/otp", otp)
	router.POST("/verify", verify)
	router.GET("/check", func(w http.ResponseWriter, req bunrouter.Request) error {
		res, err := rc.Validate(req.Context(), req.Param("user"), req.Param("otp"))
		if err != nil {
			return err
		}
		if !res.OK() {
			w.Header().Set("X-Auth-Error", res.Reason()) // want `raw SurePassID errorMessage .*response header`
			w.WriteHeader(http.StatusUnauthorized)
		}
		return nil
	})
	return router
}

// errorHandler writes the error a handler returns.
func errorHandler(next bunrouter.HandlerFunc) bunrouter.HandlerFunc {
	return func(w http.ResponseWriter, req bunrouter.Request) error {
		err := next(w, req)
		if err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			_ = bunrouter.JSON(w, bunrouter.H{"error": err.Error()})
		}
		return err
	}
}

func otp(w http.ResponseWriter, req bunrouter.Request) error {
	res, err := sp.ValidateOTP(req.Context(), req.Param("user"), req.Param("otp"))
	if err != nil {
		return err
	}
	if res.ErrorCode != 0 {
		return bunrouter.JSON(w, bunrouter.H{"error": res.ErrorMessage, "code": res.ErrorCode}) // want `raw SurePassID errorMessage .*bunrouter response body`
	}
	return bunrouter.JSON(w, bunrouter.H{"ok": true})
}

func verify(w http.ResponseWriter, req bunrouter.Request) error {
	if err := rc.Verify(req.Context(), req.Param("user"), req.Param("otp")); err != nil {
		return err // want `raw SurePassID errorMessage .*bunrouter handler`
	}
	return bunrouter.JSON(w, bunrouter.H{"ok": true})
}
