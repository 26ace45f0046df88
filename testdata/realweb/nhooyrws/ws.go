// Package nhooyrws answers SurePassID OTP checks over a nhooyr.io/websocket
// connection.
package nhooyrws

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"

	"nhooyr.io/websocket"
	"nhooyr.io/websocket/wsjson"

	"example.com/realweb/spauth"
)

type server struct {
	sp *spauth.Client
}

type verdict struct {
	OK     bool   `json:"ok"`
	Reason string `json:"reason,omitempty"`
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		log.Print(err)
		return
	}
	defer c.CloseNow()
	ctx, cancel := context.WithTimeout(r.Context(), time.Minute)
	defer cancel()
	var req struct{ User, OTP string }
	if err := wsjson.Read(ctx, c, &req); err != nil {
		return
	}
	res, err := s.sp.ValidateOTP(ctx, req.User, req.OTP)
	if err != nil {
		log.Printf("surepass: %v", err)
		c.Close(websocket.StatusInternalError, "sign-in is unavailable")
		return
	}
	if res.ErrorCode != 0 {
		_ = wsjson.Write(ctx, c, verdict{Reason: res.ErrorMessage}) // want `raw SurePassID errorMessage .*websocket message`
		c.Close(websocket.StatusPolicyViolation, res.ErrorMessage)  // want `raw SurePassID errorMessage .*websocket close reason`
		return
	}
	_ = wsjson.Write(ctx, c, verdict{OK: true})
	c.Close(websocket.StatusNormalClosure, "")
}

// raw writes the message frame by hand.
func (s *server) raw(ctx context.Context, c *websocket.Conn, user, otp string, stream bool) error {
	if err := s.sp.Verify(ctx, user, otp); err != nil {
		if !stream {
			return c.Write(ctx, websocket.MessageText, []byte(err.Error())) // want `raw SurePassID errorMessage .*websocket message`
		}
		w, werr := c.Writer(ctx, websocket.MessageText)
		if werr != nil {
			return werr
		}
		fmt.Fprintf(w, "sign-in failed: %v", err) // want `raw SurePassID errorMessage .*HTTP response`
		return w.Close()
	}
	return c.Write(ctx, websocket.MessageText, []byte("ok"))
}
