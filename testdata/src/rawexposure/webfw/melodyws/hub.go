// Package melodyws pushes SurePassID push-authentication outcomes to the
// browser over a melody websocket hub.
package melodyws

import (
	"context"
	"encoding/json"
	"log"

	"github.com/olahol/melody"

	"rawexposure/webfw/spresult"
)

var rc = &spresult.Client{}

type outbound struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Code    int    `json:"code,omitempty"`
}

// Hub relays verdicts.
type Hub struct {
	m *melody.Melody
}

// New wires the hub.
func New() *Hub {
	h := &Hub{m: melody.New()}
	h.m.HandleMessage(h.onMessage)
	return h
}

func (h *Hub) onMessage(s *melody.Session, msg []byte) {
	var in struct{ User, OTP string }
	if err := json.Unmarshal(msg, &in); err != nil {
		return
	}
	res, err := rc.Validate(context.Background(), in.User, in.OTP)
	if err != nil {
		_ = s.Write([]byte(`{"type":"error","message":"sign-in is unavailable"}`))
		return
	}
	if !res.OK() {
		frame, _ := json.Marshal(outbound{Type: "denied", Message: res.Reason()})
		_ = s.Write(frame)                       // want `raw SurePassID errorMessage .*websocket message`
		_ = s.WriteBinary([]byte(res.Reason()))  // want `raw SurePassID errorMessage .*websocket message`
		_ = h.m.BroadcastOthers(frame, s)        // want `raw SurePassID errorMessage .*websocket message`
		_ = s.CloseWithMsg([]byte(res.Reason())) // want `raw SurePassID errorMessage .*websocket close reason`
		return
	}
	_ = s.Write([]byte(`{"type":"ok"}`))
}

// Announce broadcasts a verdict to every watcher.
func (h *Hub) Announce(user, otp string) {
	res, err := rc.Validate(context.Background(), user, otp)
	if err != nil || res.OK() {
		return
	}
	frame, _ := json.Marshal(outbound{Type: "denied", Code: res.Code()})
	_ = h.m.Broadcast(frame) // want `raw SurePassID return code .*websocket message`
	text, _ := json.Marshal(&outbound{Message: res.Reason()})
	_ = h.m.BroadcastFilter(text, func(s *melody.Session) bool { return s.Keys["user"] == user }) // want `raw SurePassID errorMessage .*websocket message`
	_ = h.m.BroadcastMultiple(text, nil)                                                          // want `raw SurePassID errorMessage .*websocket message`
	_ = h.m.BroadcastBinary(text)                                                                 // want `raw SurePassID errorMessage .*websocket message`
	_ = h.m.BroadcastBinaryFilter(text, nil)                                                      // want `raw SurePassID errorMessage .*websocket message`
	_ = h.m.BroadcastBinaryOthers(text, nil)                                                      // want `raw SurePassID errorMessage .*websocket message`
	_ = h.m.CloseWithMsg([]byte(res.Reason()))                                                    // want `raw SurePassID errorMessage .*websocket close reason`
}

// Quiet logs the raw answer and broadcasts a fixed frame.
func (h *Hub) Quiet(user, otp string) {
	res, err := rc.Validate(context.Background(), user, otp)
	if err != nil || res.OK() {
		return
	}
	log.Printf("surepass %d: %s", res.Code(), res.Reason())
	frame, _ := json.Marshal(outbound{Type: "denied", Message: "sign-in failed"})
	_ = h.m.Broadcast(frame)
}
