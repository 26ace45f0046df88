package stepup

import "codeswitch/mapped/spauth"

// labels names the outcomes the booking site tells apart, for its
// dashboards and its handlers.
var labels = map[spauth.Code]string{
	spauth.CodeOK:              "ok",
	spauth.CodeOTPInvalid:      "invalid",
	spauth.CodeOTPAlreadyUsed:  "replayed",
	spauth.CodeTooManyFailures: "locked",
	spauth.CodeOTPBypass:       "bypass",
}

// Labels returns the site's name of each code it knows.
func Labels() map[spauth.Code]string { return labels } // want Labels:"codeswitch\\(table\\)"
