// Package kitsvc is a go-kit service backed by SurePassID, served over
// HTTP with go-kit's default error encoder, which writes err.Error() as
// the body.
package kitsvc

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"

	"rawexposure/rpc/spauth"
)

type loginRequest struct {
	User, Otp string
}

type loginResponse struct {
	Ok     bool   `json:"ok"`
	Reason string `json:"reason,omitempty"`
}

// MakeLoginEndpoint returns the client's error from the endpoint.
func MakeLoginEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(loginRequest)
		if err := sp.Verify(ctx, req.User, req.Otp); err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a go-kit endpoint`
		}
		return loginResponse{Ok: true}, nil
	}
}

// MakeStatusEndpoint puts the raw message in the response.
func MakeStatusEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(loginRequest)
		resp, err := sp.ValidateOTP(ctx, req.User, req.Otp)
		if err != nil {
			log.Printf("surepass: %v", err)
			return nil, errors.New("authentication service unavailable")
		}
		if resp.ErrorCode != 0 {
			return loginResponse{Reason: resp.ErrorMessage}, nil // want `raw SurePassID errorMessage .*returned from a go-kit endpoint as the response`
		}
		return loginResponse{Ok: true}, nil
	}
}

func decodeLogin(_ context.Context, r *http.Request) (interface{}, error) {
	return loginRequest{User: r.FormValue("user"), Otp: r.FormValue("otp")}, nil
}

// encodeError writes the error with the default encoder, and a raw
// response of its own.
func encodeError(ctx context.Context, err error, w http.ResponseWriter) {
	var sp *spauth.Client
	if verr := sp.Verify(ctx, "", ""); verr != nil {
		httptransport.DefaultErrorEncoder(ctx, verr, w) // want `raw SurePassID errorMessage .*go-kit HTTP response body`
		return
	}
	resp, _ := sp.ValidateOTP(ctx, "", "")
	if resp != nil && resp.ErrorCode != 0 {
		_ = httptransport.EncodeJSONResponse(ctx, w, map[string]string{"error": resp.ErrorMessage}) // want `raw SurePassID errorMessage .*go-kit HTTP response body`
		return
	}
	httptransport.DefaultErrorEncoder(ctx, err, w)
}

// Handler serves the endpoints with the default error encoder.
func Handler(sp *spauth.Client) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/login", httptransport.NewServer(MakeLoginEndpoint(sp), decodeLogin, httptransport.EncodeJSONResponse))
	mux.Handle("/status", httptransport.NewServer(MakeStatusEndpoint(sp), decodeLogin, httptransport.EncodeJSONResponse))
	_ = encodeError
	return mux
}
