// Package othermfa is the push-approval vendor's client: its error literals
// carry the vendor's own codes, numbered like SurePassID's by chance.
package othermfa

import (
	"context"
	"fmt"
)

// PushError is a refused push.
type PushError struct {
	Code int
	Msg  string
}

func (e *PushError) Error() string { return fmt.Sprintf("othermfa: %s (%d)", e.Msg, e.Code) }

var (
	ErrDenied  = &PushError{Code: 9002, Msg: "denied"}
	ErrTimeout = &PushError{Code: 9003, Msg: "timeout"}
)

// Client asks the user's phone.
type Client struct{}

// Push asks the user to approve the sign-in.
func (c *Client) Push(ctx context.Context, user string) error { return nil }
