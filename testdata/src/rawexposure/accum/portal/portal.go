// Package portal serves the notices.
package portal

import (
	"io"
	"log"
	"net/http"

	"rawexposure/accum/idcheck"
	"rawexposure/accum/letters"
	"rawexposure/accum/notices"
)

// Portal holds the client.
type Portal struct{ ID *idcheck.Client }

func (p *Portal) identity(w http.ResponseWriter, r *http.Request) {
	a, err := p.ID.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "service unavailable", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(notices.Identity(r.FormValue("name"), a)) // want `raw SurePassID errorMessage`
}

func (p *Portal) lockout(w http.ResponseWriter, r *http.Request) {
	a, err := p.ID.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "service unavailable", http.StatusBadGateway)
		return
	}
	io.WriteString(w, notices.Lockout(a)) // want `raw SurePassID errorMessage`
}

func (p *Portal) summary(w http.ResponseWriter, r *http.Request) {
	a, err := p.ID.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "service unavailable", http.StatusBadGateway)
		return
	}
	log.Print(notices.Summary(r.FormValue("ref"), a))
	io.WriteString(w, notices.Summary(r.FormValue("ref"), a)) // want `raw SurePassID errorMessage`
}

func (p *Portal) receipt(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	w.Write(notices.Receipt(r.FormValue("name"), r.FormValue("ref")))
}

func (p *Portal) welcome(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, notices.Welcome(r.FormValue("name")))
}

func (p *Portal) claim(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(letters.Claim(r.FormValue("name"), r.FormValue("ref")))
	w.Write(letters.Reminder(r.FormValue("name")))
}

func (p *Portal) verify(w http.ResponseWriter, r *http.Request) {
	a, err := p.ID.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "service unavailable", http.StatusBadGateway)
		return
	}
	var m letters.Mailer
	m.Start(r.FormValue("name"))
	m.Outcome(a)
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(m.Finish()) // want `raw SurePassID errorMessage`
}

func (p *Portal) denial(w http.ResponseWriter, r *http.Request) {
	a, err := p.ID.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "service unavailable", http.StatusBadGateway)
		return
	}
	w.Write(letters.Denial(a)) // want `raw SurePassID errorMessage`
}
