// Package booth serves the event booth's strict server with an error
// handler, set on the options after they are built, that logs the error
// and writes a fixed text: the errors its handlers return stay quiet.
package booth

import (
	"context"
	"log"
	"net/http"

	"rawexposure/frameworks/spclient"
	"rawexposure/strict/rewardsapi"
)

type booth struct {
	sp *spclient.Client
}

// New mounts the booth API.
func New(sp *spclient.Client, mux *http.ServeMux) http.Handler {
	opts := rewardsapi.StrictHTTPServerOptions{}
	opts.ResponseErrorHandlerFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		log.Printf("booth %s: %v", r.URL.Path, err)
		http.Error(w, "the booth is unavailable", http.StatusInternalServerError)
	}
	return rewardsapi.HandlerFromMux(rewardsapi.NewStrictHandlerWithOptions(&booth{sp: sp}, nil, opts), mux)
}

func (b *booth) Redeem(ctx context.Context, req rewardsapi.RedeemRequestObject) (rewardsapi.RedeemResponseObject, error) { // want Redeem:`rawexposure\(result 1 raw errorMessage from spclient.Verify\)`
	if err := b.sp.Verify(ctx, req.Body.Member, req.Body.Otp); err != nil {
		return nil, err
	}
	return rewardsapi.Redeem200JSONResponse{Points: req.Body.Points}, nil
}

func (b *booth) Unlock(ctx context.Context, req rewardsapi.UnlockRequestObject) (rewardsapi.UnlockResponseObject, error) { // want Unlock:`rawexposure\(result 1 raw errorMessage from spclient.Verify\)`
	if err := b.sp.Verify(ctx, req.Member, ""); err != nil {
		return nil, err
	}
	return rewardsapi.Unlock204Response{}, nil
}
