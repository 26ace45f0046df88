// Package meterapi is the smart-meter portal's SurePassID client. It
// decodes each answer into a generic map, then into its structs with
// mapstructure; the return code is copied by hand, as text, since the
// server sends it as a number or a string depending on the operation.
package meterapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-viper/mapstructure/v2"
)

// Outcome is the common part of every answer: Status is the return code,
// Detail the server's errorMessage.
type Outcome struct {
	Kind   string `mapstructure:"type"`
	Status string `mapstructure:"-"` // want Status:`rawexposure\(raw return code from meterapi.Outcome.Status\)`
	Detail string `mapstructure:"errorMessage"`
}

// OK reports the success code.
func (o Outcome) OK() bool { return o.Status == "0" }

// GatewayNote is the meter gateway's answer. It has an errorMessage too,
// written for the customer, and a state that is no return code.
type GatewayNote struct {
	State  string `toml:"-"`
	Detail string `toml:"errorMessage"`
}

type Client struct {
	HC    *http.Client
	Base  string
	Login string
	Key   string
}

func (c *Client) exchange(ctx context.Context, op string, fields map[string]any) (map[string]any, error) {
	body := map[string]any{"type": op, "spAccountLoginName": c.Login, "spAccountLoginKey": c.Key}
	for k, v := range fields {
		body[k] = v
	}
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	res, err := c.HC.Do(req)
	if err != nil {
		return nil, fmt.Errorf("meterapi: %w", err)
	}
	defer res.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(res.Body).Decode(&m); err != nil {
		return nil, fmt.Errorf("meterapi: decode: %w", err)
	}
	return m, nil
}

// Deliver sends a one-time code; a refusal comes back as an error holding
// the server's text.
func (c *Client) Deliver(ctx context.Context, user, channel string) error { // want Deliver:`rawexposure\(result 0 raw errorMessage from meterapi.Deliver\)`
	m, err := c.exchange(ctx, "send_oath_otp", map[string]any{"username": user, "deliveryMethod": channel})
	if err != nil {
		return err
	}
	var o Outcome
	if err := mapstructure.Decode(m, &o); err != nil {
		return err
	}
	o.Status = fmt.Sprint(m["errorCode"])
	if !o.OK() {
		return fmt.Errorf("surepass: %s", o.Detail)
	}
	return nil
}

// Check validates an OTP and returns the outcome for the caller to judge.
func (c *Client) Check(ctx context.Context, user, otp string) (Outcome, error) { // want Check:`rawexposure\(result 0 raw return code from meterapi.Check\)`
	m, err := c.exchange(ctx, "validate_oath_otp", map[string]any{"username": user, "otp": otp})
	if err != nil {
		return Outcome{}, err
	}
	o := Outcome{Status: fmt.Sprint(m["errorCode"])}
	if err := mapstructure.WeakDecode(m, &o); err != nil {
		return Outcome{}, err
	}
	return o, nil
}

// Ping asks the meter gateway (not SurePassID) how a meter is doing.
func Ping(m map[string]any) GatewayNote {
	n := GatewayNote{State: "queued"}
	_ = mapstructure.Decode(m, &n)
	n.State = fmt.Sprint(m["state"])
	return n
}
