// Package gorillarpcsvc serves the support desk's JSON-RPC 2.0 API with
// gorilla/rpc: json2 sends a returned error's text as the error's message.
package gorillarpcsvc

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/gorilla/rpc/v2"
	"github.com/gorilla/rpc/v2/json2"

	"rawexposure/rpc/spauth"
)

var errNoTicket = errors.New("no such ticket")

// Desk is the registered service.
type Desk struct{ SP *spauth.Client }

type ConfirmArgs struct{ User, OTP string }

type ConfirmReply struct{ OK bool }

// Confirm passes the client's error on.
func (d *Desk) Confirm(r *http.Request, args *ConfirmArgs, reply *ConfirmReply) error { // want Confirm:"raw errorMessage"
	if err := d.SP.Verify(r.Context(), args.User, args.OTP); err != nil {
		return fmt.Errorf("confirm: %w", err) // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a gorilla/rpc method`
	}
	reply.OK = true
	return nil
}

// Explain builds a JSON-RPC error object from the answer.
func (d *Desk) Explain(r *http.Request, args *ConfirmArgs, reply *ConfirmReply) error { // want Explain:"raw return code"
	resp, err := d.SP.ValidateOTP(r.Context(), args.User, args.OTP)
	if err != nil {
		return errNoTicket
	}
	if resp.ErrorCode != 0 {
		log.Printf("validate: %d %s", resp.ErrorCode, resp.ErrorMessage)
		return &json2.Error{Code: json2.E_SERVER, Message: fmt.Sprintf("refused with code %d", resp.ErrorCode)} // want `raw SurePassID return code \(from resp.ErrorCode\) returned from a gorilla/rpc method`
	}
	reply.OK = true
	return nil
}

// Quiet logs the answer and returns its own text.
func (d *Desk) Quiet(r *http.Request, args *ConfirmArgs, reply *ConfirmReply) error {
	if err := d.SP.Verify(r.Context(), args.User, args.OTP); err != nil {
		log.Printf("verify: %v", err)
		return fmt.Errorf("ticket %s: the code was not accepted", args.User)
	}
	reply.OK = true
	return nil
}

// Reports has the same method shape but is never registered: its caller
// is this package, which logs.
type Reports struct{ SP *spauth.Client }

func (p *Reports) Confirm(r *http.Request, args *ConfirmArgs, reply *ConfirmReply) error { // want Confirm:"raw errorMessage"
	return p.SP.Verify(r.Context(), args.User, args.OTP)
}

// Handler wires the service.
func Handler(sp *spauth.Client) http.Handler {
	s := rpc.NewServer()
	s.RegisterCodec(json2.NewCodec(), "application/json")
	if err := s.RegisterService(&Desk{SP: sp}, "Desk"); err != nil {
		panic(err)
	}
	return s
}
