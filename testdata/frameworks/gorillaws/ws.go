// Package gorillaws relays SurePassID answers over gorilla/websocket.
package gorillaws

import (
	"log"
	"net/http"
	"time"

	"github.com/gorilla/websocket"

	"example.com/frameworks/spclient"
)

var (
	sp       = &spclient.Client{HTTP: http.DefaultClient}
	upgrader = websocket.Upgrader{}
)

type otpMessage struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// Serve upgrades the connection and checks the OTPs the client sends.
func Serve(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	for {
		var m otpMessage
		if err := conn.ReadJSON(&m); err != nil {
			return
		}
		resp, err := sp.ValidateOTP(r.Context(), m.User, m.OTP)
		if err != nil {
			log.Printf("surepass: %v", err)
			_ = conn.WriteMessage(websocket.TextMessage, []byte(spclient.SafeMessage))
			continue
		}
		switch {
		case resp.ErrorCode == 0:
			_ = conn.WriteJSON(map[string]bool{"ok": true})
		case m.User == "":
			_ = conn.WriteMessage(websocket.TextMessage, []byte(resp.ErrorMessage)) // want "raw SurePassID errorMessage"
		case m.OTP == "":
			_ = conn.WriteJSON(map[string]string{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		default:
			// The close frame's reason text reaches the client.
			msg := websocket.FormatCloseMessage(websocket.ClosePolicyViolation, resp.ErrorMessage)
			_ = conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second)) // want "raw SurePassID errorMessage"
			return
		}
	}
}

// ServeSafe closes with a fixed reason and logs the raw message.
func ServeSafe(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var m otpMessage
	if err := conn.ReadJSON(&m); err != nil {
		return
	}
	if err := sp.Verify(r.Context(), m.User, m.OTP); err != nil {
		log.Printf("verify: %v", err)
		msg := websocket.FormatCloseMessage(websocket.ClosePolicyViolation, "sign-in failed")
		_ = conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
	}
}
