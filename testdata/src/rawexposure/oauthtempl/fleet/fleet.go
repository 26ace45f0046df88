// Package fleet serves the driver pages of the fleet portal with templ. // want package:"screens.AlertProps.Detail raw errorMessage"
package fleet

import (
	"bytes"
	"fmt"
	"log"
	"net/http"

	"github.com/a-h/templ"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/oauthtempl/otpgate"
	"rawexposure/oauthtempl/pagekit"
	"rawexposure/oauthtempl/screens"
)

type Pages struct {
	Gate   *otpgate.Gate
	Mailer func(body string)
}

// Unlock renders the alert page from props filled per outcome: only the
// branch storing the raw message is reported.
func (p *Pages) Unlock(w http.ResponseWriter, r *http.Request) {
	props := screens.AlertProps{Heading: "Unlock the vehicle"}
	a, err := p.Gate.Verify(r.Context(), r.FormValue("driver"), r.FormValue("otp"))
	if err != nil {
		log.Printf("verify: %v", err)
		props.Detail = "The verification service is unavailable."
		screens.Alert(props).Render(r.Context(), w)
		return
	}
	if a.Code != 0 {
		props.Detail = "Refused: " + a.Message
		props.Retry = true
		w.WriteHeader(http.StatusUnauthorized)
		screens.Alert(props).Render(r.Context(), w) // want `raw SurePassID errorMessage \(from a.Message\) written to the HTML page a templ component renders`
		return
	}
	props.Detail = "Vehicle unlocked."
	templ.Handler(screens.Alert(props)).ServeHTTP(w, r)
}

// Enroll answers through templ.Handler with a status option: the error
// quotes SurePassID.
func (p *Pages) Enroll(w http.ResponseWriter, r *http.Request) {
	driver := r.FormValue("driver")
	if err := p.Gate.Enroll(r.Context(), driver, r.FormValue("serial")); err != nil {
		templ.Handler(screens.Enrollment(driver, err.Error()), templ.WithStatus(http.StatusConflict)).ServeHTTPStreamed(w, r) // want `raw SurePassID errorMessage \(from otpgate.Enroll\) written to the HTML page a templ component renders`
		return
	}
	templ.Handler(screens.Enrollment(driver, "Token enrolled.")).ServeHTTP(w, r)
}

// Snack is the htmx endpoint: the component is built first and rendered
// below, where the finding is.
func (p *Pages) Snack(w http.ResponseWriter, r *http.Request) {
	a, err := p.Gate.Verify(r.Context(), r.FormValue("driver"), r.FormValue("otp"))
	if err != nil {
		screens.Snackbar("error", "Try again in a minute.").Render(r.Context(), w)
		return
	}
	if a.Code == 9034 {
		screens.Snackbar("error", fmt.Sprintf("Locked out (code %d).", a.Code)).Render(r.Context(), w) // want `raw SurePassID return code \(from a.Code\) written to the HTML page a templ component renders`
		return
	}
	var c templ.Component = screens.Snackbar("ok", "Verified.")
	if a.Code != 0 {
		c = screens.Snackbar("error", "Not verified: "+a.Message)
	}
	if err := c.Render(r.Context(), w); err != nil { // want `raw SurePassID errorMessage \(from a.Message\) written to the HTML page a templ component renders`
		log.Printf("render: %v", err)
	}
}

// Friendly shows the vendor's published text for the code, and mails the
// raw message to the fleet office through a page rendered into a buffer:
// neither is reported.
func (p *Pages) Friendly(w http.ResponseWriter, r *http.Request) {
	a, err := p.Gate.Verify(r.Context(), r.FormValue("driver"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	var mail bytes.Buffer
	_ = screens.Alert(screens.AlertProps{Heading: "Driver refused", Detail: a.Message}).Render(r.Context(), &mail)
	p.Mailer(mail.String())
	screens.Snackbar("info", codes.UserMessage(codes.ReturnCode(a.Code))).Render(r.Context(), w)
}

// Reissue answers through the shared page helper, which renders its
// detail: the call is the sink. The mailed notice is no finding.
func (p *Pages) Reissue(w http.ResponseWriter, r *http.Request) {
	a, err := p.Gate.Verify(r.Context(), r.FormValue("driver"), r.FormValue("otp"))
	if err != nil {
		pagekit.Fail(w, r, http.StatusBadGateway, "The verification service is unavailable.")
		return
	}
	if a.Code != 0 {
		p.Mailer(pagekit.Mail(r, a.Message))
		pagekit.Fail(w, r, http.StatusForbidden, "Token not reissued: "+a.Message) // want `raw SurePassID errorMessage \(from a.Message\) written to the HTML page a templ component renders by pagekit.Fail`
	}
}
