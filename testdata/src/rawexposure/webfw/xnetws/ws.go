// Package xnetws answers SurePassID OTP checks over a golang.org/x/net
// websocket.
package xnetws

import (
	"fmt"
	"io"
	"log"
	"net/http"

	"golang.org/x/net/websocket"

	"rawexposure/webfw/spauth"
)

type server struct {
	sp *spauth.Client
}

func (s *server) routes(mux *http.ServeMux) {
	mux.Handle("/ws/otp", websocket.Handler(s.otp))
}

func (s *server) otp(ws *websocket.Conn) {
	defer ws.Close()
	var req struct{ User, OTP string }
	if err := websocket.JSON.Receive(ws, &req); err != nil {
		return
	}
	res, err := s.sp.ValidateOTP(ws.Request().Context(), req.User, req.OTP)
	if err != nil {
		log.Printf("surepass: %v", err)
		_ = websocket.Message.Send(ws, "sign-in is unavailable")
		return
	}
	switch {
	case res.ErrorCode == 0:
		_ = websocket.JSON.Send(ws, map[string]bool{"ok": true})
	case res.ErrorCode == 9030:
		_ = websocket.JSON.Send(ws, map[string]any{"ok": false, "error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
	case res.ErrorCode == 9001:
		_ = websocket.Message.Send(ws, res.ErrorMessage) // want `raw SurePassID errorMessage .*websocket message`
	case res.ErrorCode == 9002:
		_, _ = ws.Write([]byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	case res.ErrorCode == 9003:
		fmt.Fprintf(ws, "sign-in failed: %s", res.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
	default:
		_, _ = io.WriteString(ws, res.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
	}
}
