package otpworker

import (
	"context"
	"encoding/json"
	"log"

	"github.com/nats-io/nats.go"
)

// resend answers by publishing on the request's reply subject, with the
// server's code and text in headers and body.
func (w *Worker) resend(m *nats.Msg) {
	var in verifyRequest
	_ = json.Unmarshal(m.Data, &in)
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		w.NC.Publish(m.Reply, []byte("unavailable"))
		return
	}
	if !res.OK() {
		// The audit stream is ours: not the requester's.
		w.NC.Publish("audit.otp.failed", []byte(in.User+": "+res.Message))
		w.NC.Publish(m.Reply, []byte(res.Message)) // want `raw SurePassID errorMessage`
		return
	}
	w.NC.Publish(m.Reply, []byte("ok"))
}

// status keeps the reply subject and answers with a message of its own.
func (w *Worker) status(m *nats.Msg) {
	reply := m.Reply
	var in verifyRequest
	_ = json.Unmarshal(m.Data, &in)
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		return
	}
	b, _ := json.Marshal(verifyReply{OK: res.OK(), Error: res.Message})
	if !res.OK() {
		w.NC.PublishMsg(&nats.Msg{Subject: "audit.otp", Data: b})
		w.NC.Publish(reply, b) // want `raw SurePassID errorMessage`
		return
	}
	msg := &nats.Msg{Data: []byte("ok"), Header: nats.Header{}}
	m.RespondMsg(msg)
}

// refuse answers a refusal with a message carrying the server's text.
func (w *Worker) refuse(m *nats.Msg) {
	var in verifyRequest
	_ = json.Unmarshal(m.Data, &in)
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil || res.OK() {
		return
	}
	log.Printf("otp refused for %s: %s (%s)", in.User, res.Message, res.Code)
	m.RespondMsg(&nats.Msg{Data: []byte(res.Message)}) // want `raw SurePassID errorMessage`
}

// encoded answers through an encoded connection.
func encoded(ec *nats.EncodedConn, w *Worker, m *nats.Msg) {
	var in verifyRequest
	_ = json.Unmarshal(m.Data, &in)
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		return
	}
	if !res.OK() {
		ec.Publish("otp.failures", verifyReply{Error: res.Message})
		ec.Publish(m.Reply, verifyReply{Error: res.Message}) // want `raw SurePassID errorMessage`
	}
}

// quiet logs the server's text and answers with ours.
func (w *Worker) quiet(m *nats.Msg) {
	var in verifyRequest
	_ = json.Unmarshal(m.Data, &in)
	res, err := w.API.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		m.Respond([]byte("unavailable"))
		return
	}
	if !res.OK() {
		log.Printf("otp %s: %s", in.User, res.Message)
		b, _ := json.Marshal(verifyReply{Error: "The code is not valid."})
		w.NC.Publish(m.Reply, b)
		return
	}
	m.Respond([]byte("ok"))
}
