package gorillarpcsvc

import (
	"net/http"

	rpc1 "github.com/gorilla/rpc"
	rpcjson "github.com/gorilla/rpc/json"

	"rawexposure/rpc/spauth"
)

// Tokens is the older JSON-RPC 1.0 endpoint (gorilla/rpc v1 and its json
// codec, which sends err.Error() as the response's error).
type Tokens struct{ SP *spauth.Client }

type ResyncArgs struct{ Serial string }

func (t Tokens) Resync(r *http.Request, args *ResyncArgs, reply *string) error { // want Resync:"raw errorMessage"
	resp, err := t.SP.ValidateOTP(r.Context(), args.Serial, "")
	if err != nil {
		return errNoTicket
	}
	if resp.ErrorCode != 0 {
		return tokenError(resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a gorilla/rpc method`
	}
	*reply = "ok"
	return nil
}

type tokenError string

func (e tokenError) Error() string { return string(e) }

// LegacyHandler wires the v1 endpoint.
func LegacyHandler(sp *spauth.Client) http.Handler {
	s := rpc1.NewServer()
	s.RegisterCodec(rpcjson.NewCodec(), "application/json")
	_ = s.RegisterService(Tokens{SP: sp}, "")
	return s
}
