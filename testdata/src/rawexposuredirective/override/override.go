// Package override runs with -rawexposure.sinks=rawexposuredirective/ui.Toast:0,
// naming the helper its directive marks (argument 1): the flag takes
// precedence, so argument 0 is the sink and argument 1 is not.
package override

import (
	"net/http"

	"rawexposuredirective/gateway"
	"rawexposuredirective/ui"
)

func signIn(gw *gateway.Client, w http.ResponseWriter, r *http.Request) {
	if _, err := gw.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		ui.Toast(err.Error(), "Please retry")   // want `raw SurePassID errorMessage \(from gateway.Verify\) written to the user \(sink Toast from -rawexposure.sinks\)`
		ui.Toast("Sign-in failed", err.Error()) // the directive's argument, overridden by the flag: not reported
	}
}
