// Package restyclient calls SurePassID (and an SMS vendor) with resty.
package restyclient

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/go-resty/resty/v2"
)

const (
	endpoint  = "/AuthServer/REST/U2F/U2FServer.aspx"
	twilioURL = "https://verify.twilio.com/v2/Services/VA123/Verifications"
)

type answer struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// twilioAnswer is the other vendor's answer, shaped alike.
type twilioAnswer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type Client struct {
	r *resty.Client
}

// Validate wraps the answer's text in its error.
func (c *Client) Validate(ctx context.Context, user, otp string) error { // want Validate:`rawexposure\(result 0 raw errorMessage from restyclient.Validate\)`
	var out answer
	resp, err := c.r.R().
		SetContext(ctx).
		SetBody(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp}).
		SetResult(&out).
		SetError(&out).
		Post(endpoint)
	if err != nil {
		return err
	}
	if out.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", resp.String())
	}
	return nil
}

// Send relays the answer's bytes.
func (c *Client) Send(w http.ResponseWriter, r *http.Request) {
	resp, err := c.r.R().SetContext(r.Context()).SetBody(map[string]string{"type": "send_oath_otp", "username": r.FormValue("user")}).Post(endpoint)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if resp.IsError() {
		log.Printf("surepass: %s", resp.Body())
		w.WriteHeader(resp.StatusCode())
		w.Write(resp.Body()) // want `raw SurePassID errorMessage \(from resp.Body\(\)\) written to the HTTP response`
		return
	}
	fmt.Fprintf(w, "sent (%d bytes)", resp.Size())
}

// SMS relays the other vendor's answer.
func (c *Client) SMS(w http.ResponseWriter, r *http.Request) {
	var out twilioAnswer
	resp, err := c.r.R().SetResult(&out).Post(twilioURL)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	w.Write(resp.Body())
}

// Handle shows the wrapped text.
func (c *Client) Handle(w http.ResponseWriter, r *http.Request) {
	if err := c.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from restyclient.Validate\) written to the HTTP response`
	}
}
