// Package reveal shows a customer's recovery codes after a token check;
// the statuses it answers with come from a table.
package reveal

import (
	"encoding/json"
	"net/http"

	"codeswitch/envelope/tokens"
)

// httpStatus maps the token statuses to the status a refusal answers with.
var httpStatus = map[tokens.Status]int{
	tokens.StatusOTPInvalid:     http.StatusUnauthorized,
	tokens.StatusOTPAlreadyUsed: http.StatusConflict,
	tokens.StatusSendOTPExpired: http.StatusGone,
}

// friendly maps the same statuses to statuses a softer page uses, one a
// success.
var friendly = map[tokens.Status]int{
	tokens.StatusOTPInvalid:     http.StatusOK,
	tokens.StatusOTPAlreadyUsed: http.StatusConflict,
}

func refusalStatus(s tokens.Status) int {
	if code, found := httpStatus[s]; found {
		return code
	}
	return http.StatusForbidden
}

func softStatus(s tokens.Status) int {
	if code, found := friendly[s]; found {
		return code
	}
	return http.StatusForbidden
}

// blocking are the statuses that keep the codes hidden.
var blocking = map[tokens.Status]bool{
	tokens.StatusOTPInvalid:     true,
	tokens.StatusOTPAlreadyUsed: true,
}

// Page serves the codes.
type Page struct {
	Tokens tokens.Verifier
}

// Show hides the codes for the blocking statuses, with the table's status,
// and shows them for every other one. Reported.
func (p *Page) Show(w http.ResponseWriter, r *http.Request) {
	chk, err := p.Tokens.CheckToken(r.Context(), r.FormValue("user"), "", r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if blocking[chk.Status] { // want `fail-open if-else chain over SurePassID return codes`
		w.WriteHeader(refusalStatus(chk.Status))
		return
	}
	_ = json.NewEncoder(w).Encode([]string{"k3f9-22aa", "p0q1-77zz"})
}

// ShowSoft answers OTPInvalid with the soft table's 200: the refusal is a
// success page for it, so nothing is known to reject: not reported.
func (p *Page) ShowSoft(w http.ResponseWriter, r *http.Request) {
	chk, err := p.Tokens.CheckToken(r.Context(), r.FormValue("user"), "", r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if blocking[chk.Status] {
		w.WriteHeader(softStatus(chk.Status))
		return
	}
	_ = json.NewEncoder(w).Encode([]string{"k3f9-22aa", "p0q1-77zz"})
}

// ShowStrict hides the codes for every failure: not reported.
func (p *Page) ShowStrict(w http.ResponseWriter, r *http.Request) {
	chk, err := p.Tokens.CheckToken(r.Context(), r.FormValue("user"), "", r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if blocking[chk.Status] || chk.Status != tokens.StatusSuccess {
		w.WriteHeader(refusalStatus(chk.Status))
		return
	}
	_ = json.NewEncoder(w).Encode([]string{"k3f9-22aa", "p0q1-77zz"})
}
