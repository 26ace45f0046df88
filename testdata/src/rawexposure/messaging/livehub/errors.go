// The errors the page is sent. // want package:`rawexposure\(wraps sentinels github.com/centrifugal/centrifuge.ErrorInternal\)`

package livehub

import (
	"context"
	"errors"

	"github.com/centrifugal/centrifuge"
)

var errLocked = errors.New("board locked")

// asClientError maps an error to the one the page is sent.
func asClientError(err error) *centrifuge.Error {
	return &centrifuge.Error{Code: 4100, Message: err.Error()}
}

// Unlock checks an OTP before unlocking a board.
func (h *Hub) Unlock(ctx context.Context, user, otp string, cb centrifuge.RPCCallback) {
	if h.boardLocked(user) {
		cb(centrifuge.RPCReply{}, asClientError(errLocked))
		return
	}
	if err := h.API.Check(ctx, user, otp); err != nil {
		cb(centrifuge.RPCReply{}, asClientError(err)) // want `raw SurePassID errorMessage`
		return
	}
	cb(centrifuge.RPCReply{Data: []byte(`{"unlocked":true}`)}, nil)
}

// Kick closes a user's connections when a re-check is refused.
func (h *Hub) Kick(ctx context.Context, c *centrifuge.Client, otp string) error {
	if err := h.API.Check(ctx, c.UserID(), otp); err != nil {
		return &centrifuge.Disconnect{Code: codeRefused, Reason: err.Error()} // want `raw SurePassID errorMessage`
	}
	return nil
}

func (h *Hub) boardLocked(user string) bool { return user == "" }
