// Package mixed holds both vendors' clients behind one interface: its
// calls are nobody's.
package mixed // want "relevant package"

import (
	"context"

	"spidifaces/other"
	"spidifaces/spclient"
)

// Checker is implemented by both clients.
type Checker interface {
	ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error)
}

// Gate picks one.
type Gate struct{ primary, legacy Checker }

// New holds both.
func New(sp *spclient.Client, o *other.Client) *Gate { return &Gate{primary: sp, legacy: o} }

func (g *Gate) check(ctx context.Context, legacy bool) int32 {
	c := g.primary
	if legacy {
		c = g.legacy
	}
	code, _, _ := c.ValidateOTP(ctx, "u", "1")
	return code
}
