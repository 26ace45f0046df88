// Package bunquiet is a bunrouter app with no error middleware: bunrouter
// drops the error a handler returns, and the middleware it installs only
// logs it.
package bunquiet

import (
	"log"
	"net/http"

	"github.com/uptrace/bunrouter"

	"rawexposure/webfw/spresult"
)

var rc = &spresult.Client{}

// Router builds the app.
func Router() *bunrouter.Router {
	router := bunrouter.New(bunrouter.Use(logErrors))
	router.POST("/verify", verify)
	return router
}

func logErrors(next bunrouter.HandlerFunc) bunrouter.HandlerFunc {
	return func(w http.ResponseWriter, req bunrouter.Request) error {
		err := next(w, req)
		if err != nil {
			log.Printf("%s %s: %v", req.Method, req.URL.Path, err)
			http.Error(w, "sign-in failed", http.StatusUnauthorized)
		}
		return err
	}
}

func verify(w http.ResponseWriter, req bunrouter.Request) error {
	if err := rc.Verify(req.Context(), req.Param("user"), req.Param("otp")); err != nil {
		return err
	}
	return bunrouter.JSON(w, bunrouter.H{"ok": true})
}
