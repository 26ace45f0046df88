package kiosk

import (
	"context"
	"fmt"
	"net/http"
)

// erase removes a lost device; the server's text stays on the refusal.
func (d *Desk) erase(ctx context.Context, user string) (*Activation, error) {
	out := &Activation{}
	a, err := d.API.Call(ctx, "delete_device", user)
	if err != nil {
		return nil, err
	}
	if a.ErrorCode == codeNoDevice {
		out.Message = a.ErrorMessage
		return out, nil
	} else if a.ErrorCode != 0 {
		out.Message = fmt.Sprintf("%d: %s", a.ErrorCode, a.ErrorMessage)
		return out, nil
	}
	out.Active = true
	out.Message = "Lost device removed."
	return out, nil
}

// ServeErase is the kiosk's own erase screen.
func (d *Desk) ServeErase(w http.ResponseWriter, r *http.Request) {
	out, err := d.erase(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if !out.Active {
		http.Error(w, "device not removed", http.StatusConflict)
		return
	}
	fmt.Fprint(w, out.Message)
}

// ServeEraseVerbose shows the refusal as it came.
func (d *Desk) ServeEraseVerbose(w http.ResponseWriter, r *http.Request) {
	out, err := d.erase(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprint(w, out.Message) // want `raw SurePassID errorMessage`
}
