// Package livehub is a real-time board served with centrifuge: browsers
// connect over a websocket with an OTP, call RPCs and subscribe to
// channels; everything the handlers answer is shown in the page.
package livehub

import (
	"context"
	"encoding/json"
	"log"
	"strings"

	"github.com/centrifugal/centrifuge"

	"rawexposure/messaging/otpapi"
)

const (
	codeRetryLater = 4500
	codeRefused    = 4403
)

// Hub wires the node's handlers.
type Hub struct {
	Node *centrifuge.Node
	API  *otpapi.Client
}

type otpArgs struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

type verdict struct {
	OK     bool   `json:"ok"`
	Reason string `json:"reason,omitempty"`
}

// Setup registers the handlers.
func (h *Hub) Setup() {
	h.Node.OnConnecting(h.connecting)
	h.Node.OnConnect(func(c *centrifuge.Client) {
		c.OnRPC(func(e centrifuge.RPCEvent, cb centrifuge.RPCCallback) { h.rpc(c, e, cb) })
		c.OnSubscribe(func(e centrifuge.SubscribeEvent, cb centrifuge.SubscribeCallback) { h.subscribe(c, e, cb) })
		c.OnPublish(func(e centrifuge.PublishEvent, cb centrifuge.PublishCallback) { h.publish(c, e, cb) })
	})
}

// connecting admits a browser whose token is "user:otp".
func (h *Hub) connecting(ctx context.Context, e centrifuge.ConnectEvent) (centrifuge.ConnectReply, error) {
	user, otp, _ := strings.Cut(e.Token, ":")
	res, err := h.API.Validate(ctx, user, otp)
	if err != nil {
		return centrifuge.ConnectReply{}, centrifuge.Disconnect{Code: codeRetryLater, Reason: "try again later"}
	}
	if !res.OK() {
		log.Printf("connect refused for %s: %s %s", user, res.Code, res.Message)
		return centrifuge.ConnectReply{}, centrifuge.Disconnect{Code: codeRefused, Reason: res.Message} // want `raw SurePassID errorMessage`
	}
	welcome, _ := json.Marshal(verdict{OK: true, Reason: res.Message})
	return centrifuge.ConnectReply{Data: welcome}, nil // want `raw SurePassID errorMessage`
}

// rpc answers the page's calls.
func (h *Hub) rpc(c *centrifuge.Client, e centrifuge.RPCEvent, cb centrifuge.RPCCallback) {
	var in otpArgs
	if err := json.Unmarshal(e.Data, &in); err != nil {
		cb(centrifuge.RPCReply{}, &centrifuge.Error{Code: 4000, Message: "bad request"})
		return
	}
	switch e.Method {
	case "otp.check":
		if err := h.API.Check(c.Context(), in.User, in.OTP); err != nil {
			log.Printf("otp check %s: %v", in.User, err)
			cb(centrifuge.RPCReply{}, &centrifuge.Error{Code: 4001, Message: err.Error()}) // want `raw SurePassID errorMessage`
			return
		}
		cb(centrifuge.RPCReply{Data: []byte(`{"ok":true}`)}, nil)
	case "otp.verify":
		res, err := h.API.Validate(c.Context(), in.User, in.OTP)
		if err != nil {
			cb(centrifuge.RPCReply{}, centrifuge.ErrorInternal)
			return
		}
		out := verdict{OK: res.OK()}
		if !res.OK() {
			out.Reason = res.Message
		}
		data, _ := json.Marshal(out)
		cb(centrifuge.RPCReply{Data: data}, nil) // want `raw SurePassID errorMessage`
	case "otp.quiet":
		res, err := h.API.Validate(c.Context(), in.User, in.OTP)
		if err != nil || !res.OK() {
			if res != nil {
				log.Printf("otp refused for %s: %s", in.User, res.Message)
			}
			cb(centrifuge.RPCReply{}, &centrifuge.Error{Code: 4001, Message: "the code was not accepted"})
			return
		}
		cb(centrifuge.RPCReply{Data: []byte(`{"ok":true}`)}, nil)
	}
}

// subscribe lets a user into the private board after a fresh OTP.
func (h *Hub) subscribe(c *centrifuge.Client, e centrifuge.SubscribeEvent, cb centrifuge.SubscribeCallback) {
	user, otp, _ := strings.Cut(e.Token, ":")
	res, err := h.API.Validate(c.Context(), user, otp)
	if err != nil {
		cb(centrifuge.SubscribeReply{}, centrifuge.ErrorInternal)
		return
	}
	if !res.OK() {
		cb(centrifuge.SubscribeReply{}, &centrifuge.Error{Code: codeRefused, Message: "step-up failed: " + res.Message}) // want `raw SurePassID errorMessage`
		return
	}
	info, _ := json.Marshal(verdict{OK: true, Reason: res.Message})
	if strings.HasPrefix(e.Channel, "status:") {
		opts := centrifuge.SubscribeOptions{EmitPresence: true, Data: []byte(res.Message)} // want `raw SurePassID errorMessage`
		cb(centrifuge.SubscribeReply{Options: opts}, nil)
		return
	}
	if strings.HasPrefix(e.Channel, "lobby:") {
		cb(centrifuge.SubscribeReply{Options: centrifuge.SubscribeOptions{Data: []byte(`{"welcome":true}`)}}, nil)
		return
	}
	cb(centrifuge.SubscribeReply{Options: centrifuge.SubscribeOptions{ChannelInfo: info}}, nil) // want `raw SurePassID errorMessage`
}

// publish checks the OTP a publication carries.
func (h *Hub) publish(c *centrifuge.Client, e centrifuge.PublishEvent, cb centrifuge.PublishCallback) {
	var in otpArgs
	_ = json.Unmarshal(e.Data, &in)
	if err := h.API.Check(c.Context(), in.User, in.OTP); err != nil {
		var reply centrifuge.PublishReply
		cb(reply, &centrifuge.Error{Code: codeRefused, Message: err.Error()}) // want `raw SurePassID errorMessage`
		return
	}
	cb(centrifuge.PublishReply{}, nil)
}
