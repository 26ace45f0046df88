// Package web is the help desk's sign-in page.
package web

import (
	"errors"
	"net/http"

	"example.com/helpdesk/idp"
	"example.com/helpdesk/surepass"
	"example.com/otpvendor"
)

var errDenied = errors.New("sign-in denied")

// Desk serves the help desk.
type Desk struct {
	IDP      *idp.Gateway
	SurePass *surepass.Client
	Vendor   *otpvendor.Client
}

// Gateway signs an agent in through the identity gateway.
func (d *Desk) Gateway(w http.ResponseWriter, r *http.Request) {
	if err := d.IDP.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want rawexposure
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Diagnose shows the gateway's own answer to operators on the internal
// network; every driver honours the directive.
func (d *Desk) Diagnose(w http.ResponseWriter, r *http.Request) {
	if err := d.IDP.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		//lint:ignore rawexposure operators on the internal network read the gateway's words to debug it
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

// Direct signs an agent in with the help desk's own client. Err.Msg is
// Check's own text: not reported.
func (d *Desk) Direct(w http.ResponseWriter, r *http.Request) {
	err := d.SurePass.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var e *surepass.Err
	if errors.As(err, &e) {
		http.Error(w, e.Msg, http.StatusUnauthorized)
		return
	}
	if err != nil {
		http.Error(w, "sign-in is unavailable", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Kiosk signs an agent in with the vendored client.
func (d *Desk) Kiosk(w http.ResponseWriter, r *http.Request) {
	resp, err := d.Vendor.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		_, _ = w.Write([]byte(err.Error())) // want rawexposure
		return
	}
	if err := admit(resp); err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func admit(resp *otpvendor.Response) error {
	switch resp.ErrorCode { // want codeswitch
	case 9002, 9003:
		return errDenied
	}
	return nil
}
