// Package fasthttpws keeps one fasthttp/websocket connection per member
// and pushes step-up results to it through a helper, the way a teller
// desk tells the member's browser what happened.
package fasthttpws

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/valyala/fasthttp"

	"rawexposure/webfw/spauth"
)

var errOffline = errors.New("member not connected")

type notice struct {
	Kind   string    `json:"kind"`
	State  string    `json:"state"`
	Reason string    `json:"reason,omitempty"`
	Sent   time.Time `json:"sent"`
}

type desk struct {
	sp       *spauth.Client
	upgrader websocket.FastHTTPUpgrader
	mu       sync.Mutex
	sockets  map[string]*websocket.Conn
}

func (d *desk) attach(ctx *fasthttp.RequestCtx, member string) error {
	return d.upgrader.Upgrade(ctx, func(conn *websocket.Conn) {
		d.mu.Lock()
		d.sockets[member] = conn
		d.mu.Unlock()
		for {
			if _, _, err := conn.ReadMessage(); err != nil {
				return
			}
		}
	})
}

// tell sends n to the member's open socket.
func (d *desk) tell(member string, n notice) error {
	d.mu.Lock()
	conn, ok := d.sockets[member]
	d.mu.Unlock()
	if !ok {
		return errOffline
	}
	n.Sent = time.Now()
	return conn.WriteJSON(n)
}

// confirm checks the code the member read to the teller and tells the
// member's browser the outcome.
func (d *desk) confirm(ctx context.Context, member, user, otp string) (bool, error) {
	res, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		_ = d.tell(member, notice{Kind: "step_up", State: "unavailable"})
		return false, err
	}
	if res.ErrorCode != 0 {
		log.Printf("step-up rejected for %s: %d %s", member, res.ErrorCode, res.ErrorMessage)
		_ = d.tell(member, notice{Kind: "step_up", State: "declined", Reason: res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
		return false, nil
	}
	_ = d.tell(member, notice{Kind: "step_up", State: "verified"})
	return true, nil
}

// confirmQuietly tells the member a fixed reason; the raw one is logged.
func (d *desk) confirmQuietly(ctx context.Context, member, user, otp string) bool {
	res, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil || res.ErrorCode != 0 {
		if res != nil {
			log.Printf("step-up rejected: %s", res.ErrorMessage)
		}
		_ = d.tell(member, notice{Kind: "step_up", State: "declined", Reason: "The code was not accepted."})
		return false
	}
	return true
}

// catalog sends the raw message every other way fasthttp/websocket has.
func (d *desk) catalog(ctx context.Context, conn *websocket.Conn, user, otp string, mode int) error {
	res, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil || res.ErrorCode == 0 {
		return err
	}
	switch mode {
	case 0:
		return conn.WriteMessage(websocket.TextMessage, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
	case 1:
		return websocket.WriteJSON(conn, map[string]string{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
	case 2:
		msg := websocket.FormatCloseMessage(websocket.ClosePolicyViolation, res.ErrorMessage)
		return conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second)) // want `raw SurePassID errorMessage .*websocket message`
	case 3:
		return conn.WriteJSON(notice{Kind: "step_up", State: "declined", Reason: res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
	case 4:
		pm, err := websocket.NewPreparedMessage(websocket.TextMessage, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*websocket message`
		if err != nil {
			return err
		}
		return conn.WritePreparedMessage(pm)
	default:
		w, err := conn.NextWriter(websocket.TextMessage)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "step-up failed: %s", res.ErrorMessage) // want `raw SurePassID errorMessage .*HTTP response`
		return w.Close()
	}
}
