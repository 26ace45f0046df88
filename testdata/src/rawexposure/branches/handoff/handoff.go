// Package handoff finishes the OTP step of a partner sign-in: the browser
// goes back to the partner's return URL with the outcome in its query, or
// gets a page of ours. Each handler decides per outcome what the partner
// and the browser see; the server's own words go to the audit log only.
package handoff

import (
	"encoding/json"
	"html"
	"html/template"
	"io"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"rawexposure/branches/otpapi"
)

// Handoff serves the OTP step.
type Handoff struct {
	OTP     *otpapi.Client
	Partner *url.URL
	Pages   *template.Template
	Audit   *log.Logger
}

func (h *Handoff) returnURL() *url.URL {
	u := *h.Partner
	return &u
}

func (h *Handoff) check(r *http.Request) (*otpapi.Answer, error) {
	return h.OTP.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
}

// Finish puts the code into the query only for a refusal: the redirects of
// the other outcomes carry none of it.
func (h *Handoff) Finish(w http.ResponseWriter, r *http.Request) {
	back := h.returnURL()
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	q := back.Query()
	q.Set("session", r.FormValue("session"))
	switch a.ErrorCode {
	case 0:
		q.Set("result", "ok")
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
	case 9003:
		http.Redirect(w, r, "/otp?again=1&next="+url.QueryEscape(back.String()), http.StatusSeeOther)
	default:
		q.Set("result", "denied")
		q.Set("code", strconv.Itoa(a.ErrorCode))
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound) // want `raw SurePassID return code`
	}
}

// Decline keeps the server's words in the else arm, for the log.
func (h *Handoff) Decline(w http.ResponseWriter, r *http.Request) {
	back := h.returnURL()
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	q := url.Values{}
	if a.ErrorCode == 0 {
		q.Set("state", "verified")
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
	} else {
		q.Set("why", a.ErrorMessage)
		h.Audit.Printf("handoff refused: %s", q.Encode())
		http.Error(w, "verification failed", http.StatusForbidden)
	}
}

// Audited redirects first, then adds the server's words for the audit
// line: the redirect was taken before.
func (h *Handoff) Audited(w http.ResponseWriter, r *http.Request) {
	back := h.returnURL()
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	q := back.Query()
	q.Set("state", "done")
	back.RawQuery = q.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
	q.Set("detail", a.ErrorMessage)
	back.RawQuery = q.Encode()
	h.Audit.Printf("sent %s back to %s", r.FormValue("user"), back)
}

// Popup sets the code before choosing how to go back: both ways carry it.
func (h *Handoff) Popup(w http.ResponseWriter, r *http.Request) {
	back := h.returnURL()
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	q := back.Query()
	q.Set("status", strconv.Itoa(a.ErrorCode))
	switch r.FormValue("mode") {
	case "popup":
		back.RawQuery = q.Encode()
		io.WriteString(w, "<script>window.opener.location="+strconv.Quote(back.String())+"</script>") // want `raw SurePassID return code`
	default:
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound) // want `raw SurePassID return code`
	}
}

// refusal is the team's helper building the partner's query for a
// refused code.
func refusal(a *otpapi.Answer) url.Values {
	return url.Values{"result": {"denied"}, "reason": {a.ErrorMessage}}
}

// Helper builds the refusal's query through refusal in one clause only.
func (h *Handoff) Helper(w http.ResponseWriter, r *http.Request) {
	back := h.returnURL()
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	switch {
	case a.ErrorCode == 0:
		back.RawQuery = "result=ok"
		http.Redirect(w, r, back.String(), http.StatusFound)
	case r.FormValue("debug") != "":
		back.RawQuery = refusal(a).Encode()
		http.Redirect(w, r, back.String(), http.StatusFound) // want `raw SurePassID errorMessage`
	default:
		http.Redirect(w, r, "/otp/failed?next="+url.QueryEscape(back.String()), http.StatusSeeOther)
	}
}

// Banner builds its fragment in a strings.Builder: the server's words
// are added in the clause that only logs them.
func (h *Handoff) Banner(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	var b strings.Builder
	b.WriteString(`<p class="otp">`)
	switch {
	case a.ErrorCode == 0:
		b.WriteString("Verified.</p>")
		io.WriteString(w, b.String())
	case r.FormValue("verbose") == "1":
		b.WriteString(html.EscapeString(a.ErrorMessage) + "</p>")
		io.WriteString(w, b.String()) // want `raw SurePassID errorMessage`
	default:
		b.WriteString(html.EscapeString(a.ErrorMessage))
		h.Audit.Print(b.String())
		io.WriteString(w, `<p class="otp">Not verified.</p>`)
	}
}

// Retry shows the previous answer's words above the next prompt: the
// builder is written before it is filled, but the loop comes round.
func (h *Handoff) Retry(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var notes strings.Builder
	for _, otp := range r.Form["otp"] {
		if notes.Len() > 0 {
			io.WriteString(w, notes.String()) // want `raw SurePassID errorMessage`
		}
		a, err := h.OTP.Check(r.Context(), r.FormValue("user"), otp)
		if err != nil {
			return
		}
		if a.ErrorCode != 0 {
			notes.WriteString(a.ErrorMessage)
		}
	}
}

// resultPage is the page shown when the partner opened us in a tab.
type resultPage struct {
	Title  string
	Notice string
}

// Result fills the page's notice per arm: the server's words only in the
// arm that logs the page.
func (h *Handoff) Result(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	page := &resultPage{Title: "Sign-in"}
	if a.ErrorCode == 0 {
		page.Notice = "You are signed in."
		h.Pages.ExecuteTemplate(w, "result.html", page)
	} else {
		page.Notice = a.ErrorMessage
		h.Audit.Printf("refused: %+v", page)
		http.Error(w, "verification failed", http.StatusForbidden)
	}
}

// ResultVerbose shows the server's words on the page of a refusal.
func (h *Handoff) ResultVerbose(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	page := &resultPage{Title: "Sign-in"}
	switch a.ErrorCode {
	case 0:
		page.Notice = "You are signed in."
	default:
		page.Notice = a.ErrorMessage
		h.Pages.ExecuteTemplate(w, "refused.html", page) // want `raw SurePassID errorMessage`
		return
	}
	h.Pages.ExecuteTemplate(w, "result.html", page) // the refusal returned above
}

// Extra assembles headers for the embedding page and copies them onto the
// response in the success arm only; the code is added in the other arm,
// for the audit line.
func (h *Handoff) Extra(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	extra := http.Header{}
	extra.Set("Cache-Control", "no-store")
	if a.ErrorCode == 0 {
		extra.Set("X-Otp", "ok")
		w.Header().Set("X-Otp", extra.Get("X-Otp"))
		w.WriteHeader(http.StatusNoContent)
	} else {
		extra.Set("X-Otp", strconv.Itoa(a.ErrorCode))
		h.Audit.Printf("refused: %v", extra)
		http.Error(w, "verification failed", http.StatusForbidden)
	}
}

// ExtraAfter copies the headers, then adds the code for the audit line.
func (h *Handoff) ExtraAfter(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	extra := http.Header{"X-Otp": {"done"}}
	w.Header().Set("X-Otp", extra.Get("X-Otp"))
	w.WriteHeader(http.StatusNoContent)
	extra.Add("X-Otp", strconv.Itoa(a.ErrorCode))
	h.Audit.Printf("answered %v", extra)
}

// ExtraLeak sets the code before the headers are copied.
func (h *Handoff) ExtraLeak(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	extra := http.Header{}
	extra.Set("X-Otp", strconv.Itoa(a.ErrorCode))
	if a.ErrorCode != 0 {
		w.Header().Set("X-Otp", extra.Get("X-Otp")) // want `raw SurePassID return code`
	}
	w.WriteHeader(http.StatusNoContent)
}

// Status answers JSON: the server's words go into the body only in the
// clause that logs it.
func (h *Handoff) Status(w http.ResponseWriter, r *http.Request) {
	a, err := h.check(r)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	body := map[string]any{"user": r.FormValue("user")}
	switch {
	case a.ErrorCode == 0:
		body["verified"] = true
		json.NewEncoder(w).Encode(body)
	case r.FormValue("explain") == "1":
		body["verified"] = false
		body["reason"] = a.ErrorMessage
		json.NewEncoder(w).Encode(body) // want `raw SurePassID errorMessage`
	default:
		body["reason"] = a.ErrorMessage
		h.Audit.Printf("refused: %v", body)
		w.WriteHeader(http.StatusForbidden)
	}
}
