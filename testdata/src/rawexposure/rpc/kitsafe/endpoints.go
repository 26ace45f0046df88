// Package kitsafe serves go-kit endpoints: the login server has an
// error encoder that writes a constant (its endpoint's raw error stays
// quiet), the status server keeps the default encoder.
package kitsafe

import (
	"context"
	"log"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"

	"rawexposure/rpc/spauth"
)

// MakeLoginEndpoint returns the client's error; its server's encoder hides it.
func MakeLoginEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err
		}
		return true, nil
	}
}

// MakeStatusEndpoint returns the client's error to a default server.
func MakeStatusEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a go-kit endpoint`
		}
		return true, nil
	}
}

func logged(next endpoint.Endpoint) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		resp, err := next(ctx, request)
		if err != nil {
			log.Printf("endpoint: %v", err)
		}
		return resp, err
	}
}

func encodeError(_ context.Context, err error, w http.ResponseWriter) {
	log.Printf("login: %v", err)
	http.Error(w, "sign-in failed", http.StatusUnauthorized)
}

// encoderFor builds the devices server's error encoder: it logs and writes
// a constant, so the endpoint's errors stay quiet.
func encoderFor(logger *log.Logger) httptransport.ErrorEncoder {
	return func(_ context.Context, err error, w http.ResponseWriter) {
		logger.Printf("devices: %v", err)
		http.Error(w, "request failed", http.StatusBadGateway)
	}
}

// verboseEncoder builds the debug server's encoder, which writes the text.
func verboseEncoder() httptransport.ErrorEncoder {
	return func(_ context.Context, err error, w http.ResponseWriter) {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

// MakeDevicesEndpoint returns the client's error; its server's encoder
// (built by encoderFor) hides it.
func MakeDevicesEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err
		}
		return true, nil
	}
}

// MakeDebugEndpoint returns the client's error to a server whose encoder
// (built by verboseEncoder) writes it.
func MakeDebugEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a go-kit endpoint`
		}
		return true, nil
	}
}

// resetResponse carries the endpoint's failure the go-kit way: Failed
// hands Err to the server's error encoder (encodeError, which hides it),
// and the JSON encoder skips it (json:"-"). Err is a field sink judged at
// the endpoint's store, so Failed carries nothing further.
type resetResponse struct {
	Status string `json:"status,omitempty"`
	Err    error  `json:"-"`
}

func (r resetResponse) Failed() error { return r.Err }

// MakeResetEndpoint answers a failure in its response, not as an error.
func MakeResetEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return resetResponse{Err: err}, nil
		}
		return resetResponse{Status: "sent"}, nil
	}
}

func decode(_ context.Context, r *http.Request) (interface{}, error) { return r.FormValue("user"), nil }

// Handler serves the endpoints.
func Handler(sp *spauth.Client) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/login", httptransport.NewServer(logged(MakeLoginEndpoint(sp)), decode, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(encodeError)))
	mux.Handle("/status", httptransport.NewServer(MakeStatusEndpoint(sp), decode, httptransport.EncodeJSONResponse))
	mux.Handle("/devices", httptransport.NewServer(MakeDevicesEndpoint(sp), decode, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(encoderFor(log.Default()))))
	mux.Handle("/reset", httptransport.NewServer(MakeResetEndpoint(sp), decode, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(encodeError)))
	mux.Handle("/debug", httptransport.NewServer(MakeDebugEndpoint(sp), decode, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(verboseEncoder())))
	return mux
}
