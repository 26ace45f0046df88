// Package kioskweb serves the kiosk's OTP form over net/http.
package kioskweb

import (
	"encoding/json"
	"log"
	"net/http"
	"strconv"

	"rawexposure/loose/tokenapi"
)

type verdict struct {
	OK     bool   `json:"ok"`
	Reason string `json:"reason,omitempty"`
	Code   int    `json:"code,omitempty"`
}

// check shows the token server's own text.
func check(w http.ResponseWriter, r *http.Request) {
	a, err := tokenapi.Check(http.DefaultClient, r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if !a.Good() {
		http.Error(w, a.Text(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from tokenapi.Text\) written to the HTTP response`
		return
	}
	w.Write([]byte("welcome " + a.Serial()))
}

// status puts the code in a header.
func status(w http.ResponseWriter, r *http.Request) {
	a := tokenapi.Walk([]byte(r.FormValue("raw")))
	w.Header().Set("X-Token-Result", strconv.Itoa(a.Result())) // want `raw SurePassID return code \(from tokenapi.Result\) written to a response header`
	log.Printf("token server: %d %s", a.Result(), a.Text())
}

// decide fills the verdict in a branch that returns, and the same pointer
// otherwise: the later encoding holds no code.
func decide(a *tokenapi.Answer) *verdict {
	out := &verdict{}
	if !a.Good() {
		out.Code = a.Result()
		return out
	}
	out.OK = true
	return out
}

// answer encodes the verdict: the code reaches the body from the
// refusing branch only.
func answer(w http.ResponseWriter, r *http.Request) {
	a := tokenapi.Walk([]byte(r.FormValue("raw")))
	out := &verdict{}
	if !a.Good() {
		out.Code = a.Result()
		_ = json.NewEncoder(w).Encode(out) // want `raw SurePassID return code \(from tokenapi.Result\) written to the HTTP response`
		return
	}
	out.OK = true
	_ = json.NewEncoder(w).Encode(out)
}

// logged keeps the text in the log.
func logged(w http.ResponseWriter, r *http.Request) {
	a := tokenapi.Walk([]byte(r.FormValue("raw")))
	if !a.Good() {
		log.Printf("refused: %s", a.Text())
		http.Error(w, "refused", http.StatusUnauthorized)
	}
}
