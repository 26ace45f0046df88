// Package coderws relays SurePassID answers over coder/websocket and its
// former import path nhooyr.io/websocket.
package coderws

import (
	"log"
	"net/http"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	nhooyr "nhooyr.io/websocket"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

type otpMessage struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// Serve checks the OTPs the client sends.
func Serve(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	ctx := r.Context()
	for {
		var m otpMessage
		if err := wsjson.Read(ctx, c, &m); err != nil {
			return
		}
		resp, err := sp.ValidateOTP(ctx, m.User, m.OTP)
		if err != nil {
			log.Printf("surepass: %v", err)
			_ = c.Close(websocket.StatusInternalError, "try again later")
			return
		}
		switch {
		case resp.ErrorCode == 0:
			_ = wsjson.Write(ctx, c, map[string]bool{"ok": true})
		case m.User == "":
			_ = c.Write(ctx, websocket.MessageText, []byte(resp.ErrorMessage)) // want "raw SurePassID errorMessage"
		case m.OTP == "":
			_ = wsjson.Write(ctx, c, map[string]string{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		default:
			_ = c.Close(websocket.StatusPolicyViolation, resp.ErrorMessage) // want "raw SurePassID errorMessage"
			return
		}
	}
}

// ServeLegacy is the same handler on nhooyr.io/websocket.
func ServeLegacy(w http.ResponseWriter, r *http.Request) {
	c, err := nhooyr.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	_, data, err := c.Read(r.Context())
	if err != nil {
		return
	}
	if err := sp.Verify(r.Context(), "kiosk", string(data)); err != nil {
		if r.URL.Query().Has("debug") {
			_ = c.Write(r.Context(), nhooyr.MessageText, []byte(err.Error())) // want "raw SurePassID errorMessage"
		}
		_ = c.Close(nhooyr.StatusPolicyViolation, err.Error()) // want "raw SurePassID errorMessage"
		return
	}
	_ = c.Close(nhooyr.StatusNormalClosure, "")
}

// ServeSafe closes with a fixed reason.
func ServeSafe(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	_, data, err := c.Read(r.Context())
	if err != nil {
		return
	}
	if err := sp.Verify(r.Context(), "kiosk", string(data)); err != nil {
		log.Printf("verify: %v", err)
		_ = c.Close(websocket.StatusPolicyViolation, "sign-in failed")
		return
	}
	_ = c.Close(websocket.StatusNormalClosure, "")
}
