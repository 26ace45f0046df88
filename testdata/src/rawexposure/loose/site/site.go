// Package site serves the sign-in pages and the mobile API.
package site

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/tidwall/gjson"

	"rawexposure/loose/otpgw"
	"rawexposure/loose/reply"
)

// push writes the map's text as it is.
func push(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://idp.internal/push")
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	m, err := otpgw.Answer(resp)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if f, _ := m["errorCode"].(float64); f != 0 {
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprintln(w, "push refused:", m["errorMessage"]) // want `raw SurePassID errorMessage \(from m\["errorMessage"\]\) written to the HTTP response`
		return
	}
	log.Printf("push ok: %v", m["errorMessage"])
	fmt.Fprintln(w, "push sent", m["serial"])
}

// poll answers the page's polling with the gjson text in the body.
func poll(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	code, text := otpgw.Outcome(body)
	if code != 0 {
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "refused", "why": text}) // want `raw SurePassID errorMessage \(from otpgw.Outcome\) written to the HTTP response`
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

// direct writes gjson's text read in the handler.
func direct(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	msg := gjson.GetBytes(body, "errorMessage")
	io.WriteString(w, msg.String()) // want `raw SurePassID errorMessage \(from gjson.GetBytes\(body, "errorMessage"\)\) written to the HTTP response`
}

// enrolled prints the json.Number code the client kept.
func enrolled(w http.ResponseWriter, m map[string]any) {
	e := otpgw.Enroll(m)
	fmt.Fprintf(w, "enrolled %s: %s\n", e.Serial, e.Result) // want `raw SurePassID return code \(from otpgw.Enrollment.Result\) written to the HTTP response`
}

// app answers the mobile app through the neutral reply package.
func app(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	code, text := otpgw.Outcome(body)
	if code != 0 {
		_ = json.NewEncoder(w).Encode(reply.Problem(code, text)) // want `raw SurePassID errorMessage \(from otpgw.Outcome\) written to the HTTP response`
		return
	}
	_ = json.NewEncoder(w).Encode(reply.Done(true))
}

// appFields builds the body as a map in the neutral package.
func appFields(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	_, text := otpgw.Outcome(body)
	out := reply.Fields(text)
	_ = json.NewEncoder(w).Encode(out) // want `raw SurePassID errorMessage \(from otpgw.Outcome\) written to the HTTP response`
}

// appSafe passes a fixed text: nothing to report.
func appSafe(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	code, text := otpgw.Outcome(body)
	log.Printf("upstream %d: %s", code, text)
	_ = json.NewEncoder(w).Encode(reply.Problem(0, "sign-in failed"))
	_ = reply.NewServer(text)
}

var _ = []any{push, poll, direct, enrolled, app, appFields, appSafe}
