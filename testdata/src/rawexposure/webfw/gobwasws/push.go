// Package gobwasws answers OTP checks over a gobwas/ws connection
// upgraded from net/http.
package gobwasws

import (
	"encoding/json"
	"log"
	"net"
	"net/http"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"

	"rawexposure/webfw/spauth"
)

type checker struct {
	sp *spauth.Client
}

type check struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

type verdict struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

func (c *checker) serve(w http.ResponseWriter, r *http.Request) {
	conn, _, _, err := ws.UpgradeHTTP(r, w)
	if err != nil {
		return
	}
	defer conn.Close()
	for {
		data, _, err := wsutil.ReadClientData(conn)
		if err != nil {
			return
		}
		var req check
		if json.Unmarshal(data, &req) != nil {
			continue
		}
		res, err := c.sp.ValidateOTP(r.Context(), req.User, req.OTP)
		if err != nil {
			_ = wsutil.WriteServerText(conn, []byte(`{"error":"unavailable"}`))
			continue
		}
		if res.ErrorCode != 0 {
			log.Printf("otp rejected: %s", res.ErrorMessage)
			c.reply(conn, verdict{Error: res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
			continue
		}
		c.reply(conn, verdict{OK: true})
	}
}

func (c *checker) reply(conn net.Conn, v verdict) {
	b, _ := json.Marshal(v)
	_ = wsutil.WriteServerMessage(conn, ws.OpText, b)
}

// catalog sends the raw message every other way wsutil has.
func (c *checker) catalog(r *http.Request, conn net.Conn, req check, mode int) error {
	res, err := c.sp.ValidateOTP(r.Context(), req.User, req.OTP)
	if err != nil || res.ErrorCode == 0 {
		return err
	}
	switch mode {
	case 0:
		return wsutil.WriteServerText(conn, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	case 1:
		return wsutil.WriteServerBinary(conn, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	case 2:
		return wsutil.WriteServerMessage(conn, ws.OpText, []byte("otp rejected: "+res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	case 3:
		return wsutil.WriteMessage(conn, ws.StateServerSide, ws.OpText, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	default:
		w := wsutil.NewWriter(conn, ws.StateServerSide, ws.OpText)
		if _, err := w.Write([]byte(res.ErrorMessage)); err != nil { // want `raw SurePassID errorMessage .*writer to the client`
			return err
		}
		return w.Flush()
	}
}
