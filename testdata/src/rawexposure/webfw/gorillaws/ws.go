// Package gorillaws pushes SurePassID push-authentication results to the
// browser over a gorilla/websocket connection.
package gorillaws

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/gorilla/websocket"

	"rawexposure/webfw/spauth"
)

var upgrader = websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024}

type hub struct {
	sp *spauth.Client
}

type otpRequest struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

type otpEvent struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

func (h *hub) serve(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Print(err)
		return
	}
	defer conn.Close()
	for {
		var req otpRequest
		if err := conn.ReadJSON(&req); err != nil {
			return
		}
		res, err := h.sp.ValidateOTP(r.Context(), req.User, req.OTP)
		if err != nil {
			log.Printf("surepass: %v", err)
			_ = conn.WriteJSON(otpEvent{Error: "sign-in is unavailable"})
			continue
		}
		if res.ErrorCode != 0 {
			log.Printf("otp rejected: %d %s", res.ErrorCode, res.ErrorMessage)
			_ = conn.WriteJSON(otpEvent{Error: res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
			continue
		}
		_ = conn.WriteJSON(otpEvent{OK: true})
	}
}

// catalog sends the raw message every other way gorilla/websocket has.
func (h *hub) catalog(ctx context.Context, conn *websocket.Conn, user, otp string, mode int) error {
	res, err := h.sp.ValidateOTP(ctx, user, otp)
	if err != nil || res.ErrorCode == 0 {
		return err
	}
	switch mode {
	case 0:
		return conn.WriteMessage(websocket.TextMessage, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	case 1:
		return websocket.WriteJSON(conn, map[string]string{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
	case 2:
		return conn.WriteControl(websocket.PingMessage, []byte(res.ErrorMessage), time.Now().Add(time.Second)) // want `raw SurePassID errorMessage .*websocket message`
	case 3:
		msg := websocket.FormatCloseMessage(websocket.ClosePolicyViolation, res.ErrorMessage)
		return conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second)) // want `raw SurePassID errorMessage .*websocket message`
	case 4:
		pm, err := websocket.NewPreparedMessage(websocket.TextMessage, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
		if err != nil {
			return err
		}
		return conn.WritePreparedMessage(pm)
	case 5:
		w, err := conn.NextWriter(websocket.TextMessage)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "sign-in failed: %s", res.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
		return w.Close()
	case 6:
		w, err := conn.NextWriter(websocket.TextMessage)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(res.ErrorMessage)); err != nil { // want `raw SurePassID errorMessage .*writer to the client`
			return err
		}
		return w.Close()
	default:
		w, err := conn.NextWriter(websocket.TextMessage)
		if err != nil {
			return err
		}
		_, _ = io.WriteString(w, res.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
		return w.Close()
	}
}

// closeSafely closes with a constant reason and a code chosen by the
// return code: nothing raw reaches the client.
func (h *hub) closeSafely(conn *websocket.Conn, res *spauth.OTPResult) error {
	code := websocket.CloseNormalClosure
	if res.ErrorCode != 0 {
		code = websocket.ClosePolicyViolation
	}
	return conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, "sign-in failed"), time.Now().Add(time.Second))
}
