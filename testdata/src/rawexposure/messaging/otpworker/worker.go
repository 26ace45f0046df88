// Package otpworker answers OTP requests over NATS for the edge services;
// the requester shows what it gets back to the user.
package otpworker

import (
	"context"
	"encoding/json"
	"log"

	"github.com/nats-io/nats.go"

	"rawexposure/messaging/otpapi"
)

type verifyRequest struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

type verifyReply struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

// Worker holds the connection and the client.
type Worker struct {
	NC  *nats.Conn
	API *otpapi.Client
}

// Start subscribes the handlers.
func (w *Worker) Start() error {
	if _, err := w.NC.QueueSubscribe("otp.verify", "otp", w.verify); err != nil {
		return err
	}
	if _, err := w.NC.Subscribe("otp.verify.json", w.verifyJSON); err != nil {
		return err
	}
	_, err := w.NC.Subscribe("otp.check", func(m *nats.Msg) {
		var in verifyRequest
		if err := json.Unmarshal(m.Data, &in); err != nil {
			m.Respond([]byte("bad request"))
			return
		}
		if err := w.API.Check(context.Background(), in.User, in.OTP); err != nil {
			log.Printf("otp check %s: %v", in.User, err)
			m.Respond([]byte(err.Error())) // want `raw SurePassID errorMessage`
			return
		}
		m.Respond([]byte("ok"))
	})
	return err
}

// verify answers with the server's text as is.
func (w *Worker) verify(m *nats.Msg) {
	var in verifyRequest
	if err := json.Unmarshal(m.Data, &in); err != nil {
		m.Respond([]byte("bad request"))
		return
	}
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		m.Respond([]byte("unavailable"))
		return
	}
	if !res.OK() {
		m.Respond([]byte(res.Message)) // want `raw SurePassID errorMessage`
		return
	}
	m.Respond([]byte("ok"))
}

// verifyJSON answers with a JSON reply built from the server's text.
func (w *Worker) verifyJSON(m *nats.Msg) {
	var in verifyRequest
	_ = json.Unmarshal(m.Data, &in)
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		m.Respond([]byte(`{"ok":false,"error":"unavailable"}`))
		return
	}
	out := verifyReply{OK: res.OK()}
	if !res.OK() {
		out.Error = res.Message
	}
	b, _ := json.Marshal(out)
	m.Respond(b) // want `raw SurePassID errorMessage`
}
