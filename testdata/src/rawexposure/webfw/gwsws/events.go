// Package gwsws answers OTP checks on an lxzan/gws server: the event
// handler's OnMessage validates and writes the verdict back.
package gwsws

import (
	"context"
	"encoding/json"
	"log"

	"github.com/lxzan/gws"

	"rawexposure/webfw/spauth"
)

type events struct {
	sp *spauth.Client
}

type attempt struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

func (e *events) onAttempt(socket *gws.Conn, a attempt) {
	res, err := e.sp.ValidateOTP(context.Background(), a.User, a.OTP)
	if err != nil {
		_ = socket.WriteString(`{"error":"unavailable"}`)
		return
	}
	if res.ErrorCode != 0 {
		log.Printf("otp rejected: %s", res.ErrorMessage)
		_ = socket.WriteString(res.ErrorMessage) // want `raw SurePassID errorMessage .*websocket message`
		return
	}
	_ = socket.WriteString(`{"ok":true}`)
}

// catalog sends the raw message every other way gws has.
func (e *events) catalog(socket *gws.Conn, peers []*gws.Conn, a attempt, mode int) {
	res, err := e.sp.ValidateOTP(context.Background(), a.User, a.OTP)
	if err != nil || res.ErrorCode == 0 {
		return
	}
	switch mode {
	case 0:
		b, _ := json.Marshal(map[string]string{"error": res.ErrorMessage})
		_ = socket.WriteMessage(gws.OpcodeText, b) // want `raw SurePassID errorMessage .*websocket message`
	case 1:
		socket.WriteAsync(gws.OpcodeText, []byte(res.ErrorMessage), nil) // want `raw SurePassID errorMessage .*websocket message`
	case 2:
		socket.WriteClose(1008, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket close reason`
	default:
		b := gws.NewBroadcaster(gws.OpcodeText, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
		for _, p := range peers {
			_ = b.Broadcast(p)
		}
		_ = b.Close()
	}
}

// closeFixed closes with a constant reason: quiet.
func (e *events) closeFixed(socket *gws.Conn, a attempt) {
	res, err := e.sp.ValidateOTP(context.Background(), a.User, a.OTP)
	if err != nil || res.ErrorCode != 0 {
		socket.WriteClose(1008, []byte("sign-in failed"))
	}
}
