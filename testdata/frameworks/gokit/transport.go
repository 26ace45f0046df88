// Package gokit relays SurePassID answers through a go-kit HTTP transport.
package gokit

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"

	"example.com/frameworks/spclient"
)

type verifyRequest struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

type verifyResponse struct {
	OK  bool   `json:"ok"`
	Err string `json:"err,omitempty"`
}

func decodeVerify(_ context.Context, r *http.Request) (any, error) {
	var req verifyRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	return req, err
}

// makeVerifyEndpoint returns the client's error to the transport, whose
// DefaultErrorEncoder writes err.Error() as the body.
func makeVerifyEndpoint(sp *spclient.Client) endpoint.Endpoint {
	return func(ctx context.Context, request any) (any, error) {
		req := request.(verifyRequest)
		if err := sp.Verify(ctx, req.User, req.OTP); err != nil {
			return nil, err // want "raw SurePassID errorMessage"
		}
		return verifyResponse{OK: true}, nil
	}
}

// makeVerifyInBodyEndpoint puts the raw message in the response, which
// EncodeJSONResponse encodes (the stringsvc example's Err field).
func makeVerifyInBodyEndpoint(sp *spclient.Client) endpoint.Endpoint {
	return func(ctx context.Context, request any) (any, error) {
		req := request.(verifyRequest)
		resp, err := sp.ValidateOTP(ctx, req.User, req.OTP)
		if err != nil {
			log.Printf("surepass: %v", err)
			return verifyResponse{Err: spclient.SafeMessage}, nil
		}
		if resp.ErrorCode != 0 {
			return verifyResponse{Err: resp.ErrorMessage}, nil // want "raw SurePassID errorMessage"
		}
		return verifyResponse{OK: true}, nil
	}
}

// makeVerifySafeEndpoint logs the raw message.
func makeVerifySafeEndpoint(sp *spclient.Client) endpoint.Endpoint {
	return func(ctx context.Context, request any) (any, error) {
		req := request.(verifyRequest)
		if err := sp.Verify(ctx, req.User, req.OTP); err != nil {
			log.Printf("verify: %v", err)
			return verifyResponse{Err: spclient.SafeMessage}, nil
		}
		return verifyResponse{OK: true}, nil
	}
}

// makeVerifyBehindEncoderEndpoint returns the client's error too, but only
// the server with encodeError serves it: not reported.
func makeVerifyBehindEncoderEndpoint(sp *spclient.Client) endpoint.Endpoint {
	return func(ctx context.Context, request any) (any, error) {
		req := request.(verifyRequest)
		if err := sp.Verify(ctx, req.User, req.OTP); err != nil {
			return nil, err
		}
		return verifyResponse{OK: true}, nil
	}
}

// encodeError is a custom ServerErrorEncoder: it sends a fixed text.
func encodeError(_ context.Context, err error, w http.ResponseWriter) {
	log.Printf("verify: %v", err)
	http.Error(w, spclient.SafeMessage, http.StatusUnauthorized)
}

// Routes mounts the three servers.
func Routes(mux *http.ServeMux, sp *spclient.Client) {
	mux.Handle("POST /otp", httptransport.NewServer(makeVerifyEndpoint(sp), decodeVerify, httptransport.EncodeJSONResponse))
	mux.Handle("POST /otp/body", httptransport.NewServer(makeVerifyInBodyEndpoint(sp), decodeVerify, httptransport.EncodeJSONResponse))
	mux.Handle("POST /otp/safe", httptransport.NewServer(makeVerifySafeEndpoint(sp), decodeVerify, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(encodeError)))
	mux.Handle("POST /otp/encoded", httptransport.NewServer(makeVerifyBehindEncoderEndpoint(sp), decodeVerify, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(encodeError)))
}
