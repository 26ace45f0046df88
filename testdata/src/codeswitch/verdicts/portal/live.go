package portal

import (
	"context"
	"net/http"

	"github.com/gorilla/websocket"

	"codeswitch/verdicts/idp"
)

// frame is a message of the nurses' live channel.
type frame struct {
	Kind string `json:"kind"`
	Err  string `json:"err,omitempty"`
	Data any    `json:"data,omitempty"`
}

type request struct {
	Op   string `json:"op"`
	User string `json:"user"`
	OTP  string `json:"otp"`
}

type Live struct {
	sp  idp.Client
	up  websocket.Upgrader
	act func(ctx context.Context, user string) any
}

// Serve answers each request on the connection. A rejected confirmation
// writes an error frame and waits for the next request; any other answer
// unlocks the session: reported.
func (l *Live) Serve(w http.ResponseWriter, r *http.Request) {
	conn, err := l.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	unlocked := false
	for {
		var in request
		if err := conn.ReadJSON(&in); err != nil {
			return
		}
		if in.Op == "chart" {
			if !unlocked {
				conn.WriteJSON(frame{Kind: "chart", Err: "confirm first"})
				continue
			}
			conn.WriteJSON(frame{Kind: "chart", Data: l.act(r.Context(), in.User)})
			continue
		}
		rep, err := l.sp.ValidateOTP(r.Context(), in.User, in.OTP)
		if err != nil {
			conn.WriteJSON(frame{Kind: "confirm", Err: "try again later"})
			continue
		}
		switch rep.Code() { // want `fail-open switch over SurePassID return codes`
		case idp.OTPInvalid:
			conn.WriteJSON(frame{Kind: "confirm", Err: "wrong code"})
			continue
		case idp.OTPAlreadyUsed, idp.BogusOTP:
			conn.WriteJSON(frame{Kind: "confirm", Err: "use a fresh code"})
			continue
		default:
			unlocked = true
		}
		conn.WriteJSON(frame{Kind: "confirm"})
	}
}

// Confirm answers one request per connection and refuses every answer but
// Success with an error frame: not reported.
func (l *Live) Confirm(w http.ResponseWriter, r *http.Request) {
	conn, err := l.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var in request
	if err := conn.ReadJSON(&in); err != nil {
		return
	}
	rep, err := l.sp.ValidateOTP(r.Context(), in.User, in.OTP)
	if err != nil {
		conn.WriteJSON(frame{Kind: "confirm", Err: "try again later"})
		return
	}
	switch rep.Code() {
	case idp.Success:
		conn.WriteJSON(frame{Kind: "confirm", Data: l.act(r.Context(), in.User)})
	case idp.OTPInvalid:
		conn.WriteJSON(frame{Kind: "confirm", Err: "wrong code"})
	default:
		conn.WriteJSON(frame{Kind: "confirm", Err: "not accepted"})
	}
}
