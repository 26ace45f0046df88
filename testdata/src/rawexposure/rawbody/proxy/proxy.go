// Package proxy forwards the browser's OTP calls to SurePassID (and the
// SMS channel's to another vendor).
package proxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
)

const (
	surepassURL = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"
	twilioURL   = "https://verify.twilio.com/v2/Services/VA123/Verifications"
)

type validateReply struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// twilioReply is the other vendor's answer, shaped alike.
type twilioReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type Proxy struct {
	HTTP *http.Client
	Base string // the on-premises server
}

func (p *Proxy) call(url string, payload []byte) ([]byte, error) {
	resp, err := p.HTTP.Post(url, "application/json", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Validate relays SurePassID's answer when it is a failure.
func (p *Proxy) Validate(w http.ResponseWriter, r *http.Request) {
	payload, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": r.FormValue("user"), "otp": r.FormValue("otp")})
	body, err := p.call(surepassURL, payload)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	var out validateReply
	if err := json.Unmarshal(body, &out); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if out.ErrorCode != 0 {
		http.Error(w, string(body), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from body\) written to the HTTP response`
		return
	}
	fmt.Fprintf(w, "ok: %s (%d bytes)", out.Type, len(body))
}

// parseReply decodes an answer of SurePassID's.
func parseReply(body []byte) (*validateReply, error) {
	var out validateReply
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Send relays the answer's bytes after the package's parser read them.
func (p *Proxy) Send(w http.ResponseWriter, r *http.Request) {
	payload, _ := json.Marshal(map[string]string{"type": "send_oath_otp", "username": r.FormValue("user")})
	body, err := p.call(surepassURL, payload)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	out, err := parseReply(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if out.ErrorCode != 0 {
		w.WriteHeader(http.StatusBadGateway)
		io.Copy(w, bytes.NewReader(body)) // want `raw SurePassID errorMessage \(from body\) written to the HTTP response`
		return
	}
	w.Write(body) // want `raw SurePassID errorMessage \(from body\) written to the HTTP response`
}

// Echo shows the request it sent and what the user posted, never the
// answer.
func (p *Proxy) Echo(w http.ResponseWriter, r *http.Request) {
	posted, _ := io.ReadAll(r.Body)
	var in validateReply
	if err := json.Unmarshal(posted, &in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	payload, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": r.FormValue("user")})
	body, err := p.call(surepassURL, payload)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	log.Printf("surepass answered %s", body)
	w.Write(payload)
	w.Write(posted)
}

// Verify relays the other vendor's answer: not SurePassID's.
func (p *Proxy) Verify(w http.ResponseWriter, r *http.Request) {
	body, err := p.call(twilioURL, []byte(`{"To":"`+r.FormValue("to")+`"}`))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	var out twilioReply
	if err := json.Unmarshal(body, &out); err != nil || out.ErrorCode != 0 {
		http.Error(w, string(body), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Forward relays SurePassID's answer without reading it.
func (p *Proxy) Forward(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, surepassURL, r.Body)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.HTTP.Do(req)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body) // want `raw SurePassID errorMessage \(from resp.Body\) written to the HTTP response`
}

// Relay reads the on-premises server's answer, then relays it.
func (p *Proxy) Relay(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Post(p.Base+"/AuthServer/REST/U2F/U2FServer.aspx", "application/json", r.Body)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if resp.StatusCode != http.StatusOK {
		http.Error(w, string(body), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from body\) written to the HTTP response`
		return
	}
	log.Printf("surepass answered %d bytes: %s", len(body), body)
	fmt.Fprintf(w, "status %s, %d bytes", resp.Status, len(body))
}

// ForwardSMS relays the other vendor's answer as is.
func (p *Proxy) ForwardSMS(w http.ResponseWriter, r *http.Request) {
	resp, err := p.HTTP.Post(twilioURL, "application/x-www-form-urlencoded", r.Body)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	w.WriteHeader(resp.StatusCode)
	w.Write(body)
}
