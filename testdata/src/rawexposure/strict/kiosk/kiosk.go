// Package kiosk serves the in-store kiosk with the generated strict // want package:`rawexposure\(fields rawexposure/strict/rewardsapi.ErrorBody.Detail raw errorMessage from rewardsapi.ErrorBody.Detail; rawexposure/strict/rewardsapi.ErrorBody.Reason raw return code from rewardsapi.ErrorBody.Reason\)`
// handler's defaults: NewStrictHandler's ResponseErrorHandlerFunc writes
// err.Error() with a 500.
package kiosk

import (
	"context"
	"errors"
	"log"
	"net/http"

	"rawexposure/frameworks/spclient"
	"rawexposure/strict/rewardsapi"
)

type kiosk struct {
	sp *spclient.Client
}

// errNoPoints is the kiosk's own sentinel.
var errNoPoints = errors.New("not enough points")

// New mounts the kiosk API.
func New(sp *spclient.Client, mux *http.ServeMux) http.Handler {
	return rewardsapi.HandlerFromMux(rewardsapi.NewStrictHandler(&kiosk{sp: sp}, nil), mux)
}

func (k *kiosk) Redeem(ctx context.Context, req rewardsapi.RedeemRequestObject) (rewardsapi.RedeemResponseObject, error) { // want Redeem:`rawexposure\(result 1 raw errorMessage from spclient.Verify\)`
	if err := k.sp.Verify(ctx, req.Body.Member, req.Body.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a strict handler: the strict server's ResponseErrorHandlerFunc writes err.Error\(\) to the client`
	}
	if req.Body.Points > 1000 {
		return nil, errNoPoints
	}
	return rewardsapi.Redeem200JSONResponse{Points: req.Body.Points}, nil
}

func (k *kiosk) Unlock(ctx context.Context, req rewardsapi.UnlockRequestObject) (rewardsapi.UnlockResponseObject, error) { // want Unlock:`rawexposure\(result 0 raw errorMessage from kiosk.Unlock\)`
	resp, err := k.sp.ValidateOTP(ctx, req.Member, "")
	if err != nil {
		log.Printf("unlock %s: %v", req.Member, err)
		return nil, errors.New("unlock is unavailable")
	}
	if resp.ErrorCode == 23 {
		rc := resp.ErrorCode
		return rewardsapi.Unlock423JSONResponse{Detail: "account locked", Reason: &rc}, nil // want `raw SurePassID return code \(from resp.ErrorCode\) returned from a strict handler as the response sent to the client`
	}
	if resp.ErrorCode != 0 {
		msg := resp.ErrorMessage
		return rewardsapi.Unlock423JSONResponse{Detail: msg}, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a strict handler as the response sent to the client`
	}
	return rewardsapi.Unlock204Response{}, nil
}
