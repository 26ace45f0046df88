// Package web is the kiosk's sign-in handler.
package web

import (
	"errors"
	"net/http"

	"example.com/kiosk/gateway"
	"example.com/kiosk/ui"
)

var errDenied = errors.New("sign-in denied")

type Kiosk struct{ Gateway *gateway.Client }

func (k *Kiosk) SignIn(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	a, err := k.Gateway.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		ui.Trace("sign-in %s: %v", user, err)
		ui.Flash(w, err.Error()) // want rawexposure
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := admit(a); err != nil {
		ui.Flash(w, "Sign-in failed, please try again")
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/welcome", http.StatusSeeOther)
}

// admit lets the user in unless the gateway said no.
func admit(a *gateway.Answer) error {
	switch gateway.Verdict(a.Verdict) { // want codeswitch
	case gateway.WrongOTP, gateway.ReplayedOTP:
		return errDenied
	}
	return nil
}

// admitStrict is the same dispatch failing closed: not reported.
func admitStrict(a *gateway.Answer) error {
	switch gateway.Verdict(a.Verdict) {
	case gateway.Granted:
		return nil
	default:
		return errDenied
	}
}
