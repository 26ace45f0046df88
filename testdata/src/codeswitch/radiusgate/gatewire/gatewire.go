// Package gatewire answers the captive-portal gateway over its own line
// protocol ("ALLOW <mac>" or "DENY <reason>"), after a SurePassID check.
package gatewire

import (
	"context"
	"fmt"
	"net"

	"codeswitch/radiusgate/spclient"
)

// Gate holds the client.
type Gate struct{ SP *spclient.Client }

func (g *Gate) refuse(conn net.Conn, why string) {
	fmt.Fprintf(conn, "DENY %s\n", why)
}

func (g *Gate) admit(conn net.Conn, mac string) error {
	_, err := fmt.Fprintf(conn, "ALLOW %s\n", mac)
	return err
}

func (g *Gate) code(user, otp string) spclient.RC {
	reply, err := g.SP.ValidateOTP(context.Background(), user, otp)
	if err != nil {
		return spclient.RCPartnerUserLoginFail
	}
	return reply.Code
}

// lockedOut lists the lockouts; a wrong code is no lockout, and passes.
func lockedOut(rc spclient.RC) bool {
	switch rc { // want `fail-open switch over SurePassID return codes`
	case spclient.RCTooManyFailedOTP, spclient.RCUserLoginDisabled:
		return true
	}
	return false
}

// Handle refuses a lockout and lets the rest in.
func (g *Gate) Handle(conn net.Conn, mac, user, otp string) error {
	if lockedOut(g.code(user, otp)) {
		g.refuse(conn, "locked")
		return nil
	}
	return g.admit(conn, mac)
}

// passable is true for success alone; its caller admits on true.
func passable(rc spclient.RC) bool {
	switch rc {
	case spclient.RCSuccess:
		return true
	}
	return false
}

// HandleStrict admits success and refuses everything else.
func (g *Gate) HandleStrict(conn net.Conn, mac, user, otp string) error {
	if passable(g.code(user, otp)) {
		return g.admit(conn, mac)
	}
	g.refuse(conn, "denied")
	return nil
}

// settled is true for success alone; its caller refuses on false.
func settled(rc spclient.RC) bool {
	switch rc {
	case spclient.RCSuccess:
		return true
	}
	return false
}

// HandleGuest refuses every code but success.
func (g *Gate) HandleGuest(conn net.Conn, mac, user, otp string) error {
	if !settled(g.code(user, otp)) {
		g.refuse(conn, "denied")
		return nil
	}
	return g.admit(conn, mac)
}
