// Package kiosk is the self-service kiosk's step-up page.
package kiosk

import (
	"errors"
	"html/template"
	"log"
	"net/http"

	"rawexposure/stable/stepup"
)

var page = template.Must(template.New("otp").Parse(`<p class="status">{{.Status}}</p>`))

type view struct{ Status string }

// StepUp shows the server's explanation of a failed step-up: whichever of
// the two error types it got, the finding names the same one every run.
func StepUp(w http.ResponseWriter, r *http.Request) {
	v := view{Status: "Verified."}
	if err := stepup.Verify(r.Context(), http.DefaultClient, r.FormValue("user"), r.FormValue("otp")); err != nil {
		v.Status = "That code did not work."
		var d interface{ Detail() string }
		if errors.As(err, &d) {
			v.Status = d.Detail()
		}
	}
	if err := page.Execute(w, v); err != nil { // want `raw SurePassID errorMessage \(from stepup\.Failure\.Text\) written to the HTTP response`
		log.Printf("render: %v", err)
	}
}
