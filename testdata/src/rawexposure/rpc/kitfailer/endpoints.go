// Package kitfailer is a go-kit service whose responses carry business
// errors the go-kit way: they implement endpoint.Failer, and the
// transport hands Failed() to an error encoder that writes err.Error().
// The raw error is reported where the endpoint puts it in the response.
package kitfailer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-kit/kit/endpoint"

	"rawexposure/rpc/spauth"
)

// errNoDevice is the service's own text.
var errNoDevice = errors.New("no token is registered for this account")

type unlockRequest struct {
	Account string
	Code    string
}

type unlockResponse struct {
	Unlocked bool  `json:"unlocked"`
	Failure  error `json:"-"`
}

// Failed implements endpoint.Failer.
func (r unlockResponse) Failed() error { return r.Failure }

type rotateResponse struct {
	Serial string `json:"serial,omitempty"`
	Err    error  `json:"err,omitempty"`
}

// Failed implements endpoint.Failer.
func (r *rotateResponse) Failed() error {
	if r == nil {
		return nil
	}
	return r.Err
}

// statusResponse keeps the code for the header the encoder writes; the
// field is unexported, so the JSON body never carries it.
type statusResponse struct {
	Valid  bool `json:"valid"`
	reason int
}

// Endpoints groups the service's endpoints.
type Endpoints struct {
	Unlock, Rotate, Status, Probe endpoint.Endpoint
}

// NewEndpoints builds the endpoints over the SurePassID client.
func NewEndpoints(sp *spauth.Client) Endpoints {
	return Endpoints{
		Unlock: unlockEndpoint(sp),
		Rotate: rotateEndpoint(sp),
		Status: statusEndpoint(sp),
		Probe:  probeEndpoint(sp),
	}
}

func unlockEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(unlockRequest)
		if req.Account == "" {
			return unlockResponse{Failure: errNoDevice}, nil
		}
		if err := sp.Verify(ctx, req.Account, req.Code); err != nil {
			return unlockResponse{Failure: err}, nil // want `raw SurePassID errorMessage \(from spauth.Verify\) written to the go-kit error encoder .*, in kitfailer.unlockResponse.Failure`
		}
		return unlockResponse{Unlocked: true}, nil
	}
}

func rotateEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(unlockRequest)
		out := &rotateResponse{}
		resp, err := sp.ValidateOTP(ctx, req.Account, req.Code)
		switch {
		case err != nil:
			out.Err = errors.New("the verification service is unavailable")
		case resp.ErrorCode != 0:
			out.Err = fmt.Errorf("rotation refused: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the go-kit error encoder`
		default:
			out.Serial = "TOKEN-" + req.Account
		}
		return out, nil
	}
}

func statusEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(unlockRequest)
		resp, err := sp.ValidateOTP(ctx, req.Account, req.Code)
		if err != nil {
			return nil, errors.New("the verification service is unavailable")
		}
		return statusResponse{Valid: resp.ErrorCode == 0, reason: resp.ErrorCode}, nil
	}
}

// probeBody keeps the reason in an unexported field that its MarshalJSON
// writes: encoding/json calls the method, so it is sent.
type probeBody struct {
	OK     bool
	detail string
}

// MarshalJSON writes the reason beside the flag.
func (b probeBody) MarshalJSON() ([]byte, error) { // want MarshalJSON:`rawexposure\(result 0 raw errorMessage from kitfailer.MarshalJSON;`
	return json.Marshal(map[string]any{"ok": b.OK, "detail": b.detail})
}

func probeEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(unlockRequest)
		resp, err := sp.ValidateOTP(ctx, req.Account, req.Code)
		if err != nil {
			return nil, errors.New("the verification service is unavailable")
		}
		return probeBody{OK: resp.ErrorCode == 0, detail: resp.ErrorMessage}, nil // want `raw SurePassID errorMessage .*returned from a go-kit endpoint as the response`
	}
}
