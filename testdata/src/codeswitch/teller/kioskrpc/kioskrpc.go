// Package kioskrpc serves the branch kiosks over net/rpc: each method's
// reply is what the kiosk shows.
package kioskrpc

import (
	"context"
	"errors"

	"codeswitch/teller/soapauth"
)

// Teller is registered as "Teller".
type Teller struct{ Auth *soapauth.Client }

// PinArgs are the card and PIN typed.
type PinArgs struct{ Card, Pin string }

// PinReply tells the kiosk which screen comes next.
type PinReply struct {
	Approved bool
	Screen   string
	Error    string
}

// CheckPin presets the approval and overrides it for three codes only.
func (t *Teller) CheckPin(args PinArgs, reply *PinReply) error {
	res, err := t.Auth.ValidateUser(context.Background(), args.Card, args.Pin)
	if err != nil {
		return errors.New("service unavailable")
	}
	reply.Approved, reply.Screen = true, "menu"
	switch res.Code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case 9001, 9003:
		reply.Approved = false
		reply.Screen = "retry"
	case 9007:
		reply.Approved, reply.Screen = false, "call-branch"
	}
	return nil
}

// CheckPinStrict refuses every code but Success in its default: not
// reported.
func (t *Teller) CheckPinStrict(args PinArgs, reply *PinReply) error {
	res, err := t.Auth.ValidateUser(context.Background(), args.Card, args.Pin)
	if err != nil {
		return errors.New("service unavailable")
	}
	reply.Approved, reply.Screen = true, "menu"
	switch res.Code {
	case 0:
	case 9007:
		reply.Approved, reply.Screen = false, "call-branch"
	default:
		reply.Approved, reply.Screen = false, "retry"
	}
	return nil
}

// verdict is a local answer, preset to approve.
type verdict struct {
	OK    bool
	Error string
}

// Decide overrides a preset local verdict with an error text.
func (t *Teller) Decide(ctx context.Context, card, pin string) verdict {
	res, err := t.Auth.ValidateUser(ctx, card, pin)
	if err != nil {
		return verdict{Error: "service unavailable"}
	}
	v := verdict{OK: true}
	if res.Code == 9003 { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		v.Error = "wrong PIN"
	}
	return v
}

// DecideStrict errs on every failure: not reported.
func (t *Teller) DecideStrict(ctx context.Context, card, pin string) verdict {
	res, err := t.Auth.ValidateUser(ctx, card, pin)
	if err != nil {
		return verdict{Error: "service unavailable"}
	}
	v := verdict{OK: true}
	if res.Code == 9003 {
		v.OK, v.Error = false, "wrong PIN"
	} else if res.Code != 0 {
		v.OK, v.Error = false, "refused"
	}
	return v
}

// Balance stores whole replies through the pointer, preset to approve.
func (t *Teller) Balance(args PinArgs, reply *PinReply) error {
	res, err := t.Auth.ValidateUser(context.Background(), args.Card, args.Pin)
	if err != nil {
		return errors.New("service unavailable")
	}
	*reply = PinReply{Approved: true, Screen: "balance"}
	switch res.Code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall into a default that does not fail closed`
	case 9003:
		*reply = PinReply{Approved: false, Screen: "retry"}
	default:
		t.audit(res.Code)
	}
	return nil
}

// BalanceStrict refuses in its default: not reported.
func (t *Teller) BalanceStrict(args PinArgs, reply *PinReply) error {
	res, err := t.Auth.ValidateUser(context.Background(), args.Card, args.Pin)
	if err != nil {
		return errors.New("service unavailable")
	}
	switch res.Code {
	case 0:
		*reply = PinReply{Approved: true, Screen: "balance"}
	case 9003:
		*reply = PinReply{Screen: "retry", Error: "wrong PIN"}
	default:
		*reply = PinReply{Approved: false, Screen: "call-branch"}
	}
	return nil
}

func (t *Teller) audit(code int) {}
