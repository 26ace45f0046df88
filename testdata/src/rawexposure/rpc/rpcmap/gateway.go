// Package rpcmap is a gateway's sign-in handler: it asks the OTP client,
// and turns any failure into a fixed text through the gRPC status of the
// error, which it only logs.
package rpcmap

import (
	"errors"
	"log"
	"net/http"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/rpc/spauth"
)

// Gateway serves the browser.
type Gateway struct{ sp *spauth.Client }

// publicError maps a failure to what the browser may see; the status
// built from the error, its message included, stays in the log.
func publicError(err error) error {
	st, _ := status.FromError(err)
	log.Printf("verify: %s: %s", st.Code(), st.Message())
	if status.Convert(err).Code() == codes.ResourceExhausted {
		return errors.New("too many attempts, try again later")
	}
	return errors.New("we could not verify your code")
}

// Verify writes the mapped text: not reported.
func (g *Gateway) Verify(w http.ResponseWriter, r *http.Request) {
	if err := g.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, publicError(err).Error(), http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
