// Package xnetws relays SurePassID answers over golang.org/x/net/websocket.
package xnetws

import (
	"fmt"
	"io"
	"log"
	"net/http"

	"golang.org/x/net/websocket"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

type otpMessage struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// Handler is the websocket endpoint.
var Handler = websocket.Handler(serve)

func serve(ws *websocket.Conn) {
	ctx := ws.Request().Context()
	for {
		var m otpMessage
		if err := websocket.JSON.Receive(ws, &m); err != nil {
			return
		}
		resp, err := sp.ValidateOTP(ctx, m.User, m.OTP)
		if err != nil {
			log.Printf("surepass: %v", err)
			_ = websocket.Message.Send(ws, spclient.SafeMessage)
			continue
		}
		switch {
		case resp.ErrorCode == 0:
			_ = websocket.JSON.Send(ws, map[string]bool{"ok": true})
		case m.User == "":
			_ = websocket.Message.Send(ws, resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case m.OTP == "":
			_ = websocket.JSON.Send(ws, map[string]string{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		default:
			_, _ = ws.Write([]byte(resp.ErrorMessage)) // want "raw SurePassID errorMessage"
		}
	}
}

// serveText writes to the connection as an io.Writer.
func serveText(ws *websocket.Conn) {
	var otp string
	if err := websocket.Message.Receive(ws, &otp); err != nil {
		return
	}
	if err := sp.Verify(ws.Request().Context(), "kiosk", otp); err != nil {
		if otp == "" {
			_, _ = io.WriteString(ws, err.Error()) // want "raw SurePassID errorMessage"
			return
		}
		fmt.Fprintf(ws, "sign-in failed: %v", err) // want "raw SurePassID errorMessage"
		return
	}
	_ = websocket.Message.Send(ws, "welcome")
}

// TextHandler serves serveText.
var TextHandler = websocket.Handler(serveText)
