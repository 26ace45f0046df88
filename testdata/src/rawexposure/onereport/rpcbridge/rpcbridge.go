// Package rpcbridge serves a net/rpc service and bridges it to HTTP for
// browsers: the bridge calls the methods and writes their errors. A method
// returning a raw error is reported there, once; the bridge passing the
// method's error on is not. A helper that is no RPC method is reported
// where the bridge writes what it returns.
package rpcbridge

import (
	"context"
	"encoding/json"
	"net/http"
	"net/rpc"

	"rawexposure/onereport/spcheck"
)

// Args is a sign-in step.
type Args struct{ User, OTP string }

// Auth is the RPC service.
type Auth struct{ SP *spcheck.Client }

// StepUp verifies the OTP.
func (a *Auth) StepUp(args *Args, ok *bool) error { // want StepUp:"result 0 raw errorMessage"
	if err := a.SP.CheckOTP(context.Background(), args.User, args.OTP); err != nil {
		return err // want `raw SurePassID errorMessage .*returned from a net/rpc method`
	}
	*ok = true
	return nil
}

// Confirm re-runs StepUp for a second factor.
func (a *Auth) Confirm(args *Args, ok *bool) error {
	return a.StepUp(args, ok)
}

// Check is the gateway's check: no RPC method (net/rpc serves none of
// this signature), so its callers report what it returns.
func (a *Auth) Check(ctx context.Context, user, otp string) error { // want Check:"result 0 raw errorMessage"
	return a.SP.CheckOTP(ctx, user, otp)
}

// verify is the bridge's own check, no RPC method.
func (a *Auth) verify(args *Args) error {
	return a.SP.CheckOTP(context.Background(), args.User, args.OTP)
}

// Serve registers the service and the HTTP bridge.
func Serve(mux *http.ServeMux, a *Auth) error {
	if err := rpc.Register(a); err != nil {
		return err
	}
	mux.HandleFunc("/rpc/stepup", func(w http.ResponseWriter, r *http.Request) {
		var args Args
		if err := json.NewDecoder(r.Body).Decode(&args); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var ok bool
		if err := a.StepUp(&args, &ok); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		if err := a.verify(&args); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage .*HTTP response`
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	routes := map[string]func(*Args, *bool) error{"stepup": a.StepUp, "confirm": a.Confirm}
	mux.HandleFunc("/rpc/call", func(w http.ResponseWriter, r *http.Request) {
		var args Args
		_ = json.NewDecoder(r.Body).Decode(&args)
		call, found := routes[r.URL.Query().Get("method")]
		if !found {
			http.NotFound(w, r)
			return
		}
		var ok bool
		if err := call(&args, &ok); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
		}
	})
	return nil
}
