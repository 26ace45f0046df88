// Package otpgate is the fleet portal's SurePassID client: Answer is the
// decoded reply, and Enroll folds a failure into an error quoting it.
package otpgate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Answer is SurePassID's reply to every call.
type Answer struct {
	Kind    string `json:"type"`
	Code    int    `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Gate calls the SurePassID REST endpoint with the portal's account.
type Gate struct {
	URL, Login, Key string
	HTTP            *http.Client
}

func (g *Gate) call(ctx context.Context, in map[string]string) (*Answer, error) {
	in["spAccountLoginName"] = g.Login
	in["spAccountLoginKey"] = g.Key
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.URL, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	res, err := g.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var a Answer
	return &a, json.NewDecoder(res.Body).Decode(&a)
}

// Verify checks a driver's one-time password.
func (g *Gate) Verify(ctx context.Context, driver, otp string) (*Answer, error) {
	return g.call(ctx, map[string]string{"type": "validate_oath_otp", "username": driver, "otp": otp})
}

// Enroll registers a token for the driver; a refusal is an error quoting
// SurePassID.
func (g *Gate) Enroll(ctx context.Context, driver, serial string) error { // want Enroll:"raw errorMessage"
	a, err := g.call(ctx, map[string]string{"type": "add_device", "username": driver, "serialNumber": serial})
	if err != nil {
		return err
	}
	if a.Code != 0 {
		return fmt.Errorf("otpgate: enroll refused: %s", a.Message)
	}
	return nil
}
