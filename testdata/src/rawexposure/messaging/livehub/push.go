package livehub

import (
	"context"
	"encoding/json"
	"log"

	"github.com/centrifugal/centrifuge"
)

type notice struct {
	Kind   string `json:"kind"`
	Detail string `json:"detail,omitempty"`
}

// Recheck validates a connected user again and tells the user's
// channel, the client and, on a refusal, closes the connection.
func (h *Hub) Recheck(ctx context.Context, c *centrifuge.Client, otp string) {
	res, err := h.API.Validate(ctx, c.UserID(), otp)
	if err != nil {
		_, _ = h.Node.Publish("#"+c.UserID(), []byte(`{"kind":"recheck_unavailable"}`))
		c.Disconnect(centrifuge.Disconnect{Code: codeRetryLater, Reason: "try again later"})
		return
	}
	if res.OK() {
		return
	}
	log.Printf("recheck refused %s: %s", c.UserID(), res.Message)
	msg, _ := json.Marshal(notice{Kind: "recheck_failed", Detail: res.Message})
	if _, err := h.Node.Publish("#"+c.UserID(), msg); err != nil { // want `raw SurePassID errorMessage`
		log.Printf("publish: %v", err)
	}
	_ = c.Send([]byte(res.Message))                                                                  // want `raw SurePassID errorMessage`
	c.Unsubscribe("board:private", centrifuge.Unsubscribe{Code: 2500, Reason: res.Message})          // want `raw SurePassID errorMessage`
	c.Disconnect(centrifuge.Disconnect{Code: codeRefused, Reason: "recheck failed: " + res.Message}) // want `raw SurePassID errorMessage`
}

// Grant subscribes the user's connections to a board with a greeting.
func (h *Hub) Grant(ctx context.Context, user, otp string) error {
	if err := h.API.Check(ctx, user, otp); err != nil {
		greeting, _ := json.Marshal(notice{Kind: "denied", Detail: err.Error()})
		return h.Node.Subscribe(user, "board:"+user, centrifuge.WithSubscribeData(greeting)) // want `raw SurePassID errorMessage`
	}
	_ = h.Node.Notify("granted", []byte(user), "")
	return h.Node.Subscribe(user, "board:"+user, centrifuge.WithChannelInfo([]byte(`{"welcome":true}`)))
}
