// Package kitopts builds its go-kit servers with option slices, and its
// error encoders with factories: the encoder of the public servers writes
// the text of its own sentinels only (errors.Is in a case, the text kept
// in a local written after the switch) and a fixed text for anything else;
// the legacy encoder's case also lets through any error whose text says
// "expired"; the support server's encoder writes every error's text.
package kitopts

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"

	"rawexposure/rpc/spauth"
)

var (
	errExpired   = errors.New("this link has expired")
	errWrongCode = errors.New("that code is not right")
	errLocked    = errors.New("locked")
)

type problem struct {
	Message string `json:"message"`
}

// problemEncoder shows the text of the package's sentinels, a fixed text
// for every other error.
func problemEncoder(logger *log.Logger) httptransport.ErrorEncoder {
	return func(_ context.Context, err error, w http.ResponseWriter) {
		status, msg := http.StatusInternalServerError, "temporarily unavailable"
		switch {
		case errors.Is(err, errExpired), errors.Is(err, errWrongCode):
			status, msg = http.StatusUnprocessableEntity, err.Error()
		case errors.Is(err, errLocked):
			status, msg = http.StatusLocked, "Your account is locked."
		}
		logger.Printf("request failed: %v", err)
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(problem{Message: msg})
	}
}

// legacyEncoder's case holds for a sentinel or for any error mentioning
// "expired": the client's text gets through.
func legacyEncoder() httptransport.ErrorEncoder {
	return func(_ context.Context, err error, w http.ResponseWriter) {
		msg := "temporarily unavailable"
		switch {
		case errors.Is(err, errExpired), strings.Contains(err.Error(), "expired"):
			msg = err.Error()
		}
		_ = json.NewEncoder(w).Encode(problem{Message: msg})
	}
}

// supportEncoder writes every error's text: support staff read it.
func supportEncoder() httptransport.ErrorEncoder {
	return func(_ context.Context, err error, w http.ResponseWriter) {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

// makeConfirm returns the client's error: its server's encoder hides it.
func makeConfirm(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err
		}
		return map[string]bool{"confirmed": true}, nil
	}
}

// makeRenew returns the client's error to the legacy server.
func makeRenew(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		return nil, sp.Verify(ctx, user, "") // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a go-kit endpoint`
	}
}

// makeLookup returns the client's error to the support server.
func makeLookup(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a go-kit endpoint`
		}
		return true, nil
	}
}

func decodeUser(_ context.Context, r *http.Request) (interface{}, error) {
	return r.FormValue("user"), nil
}

// Routes mounts the servers.
func Routes(sp *spauth.Client, logger *log.Logger) http.Handler {
	opts := []httptransport.ServerOption{
		httptransport.ServerErrorEncoder(problemEncoder(logger)),
	}
	var supportOpts = []httptransport.ServerOption{httptransport.ServerErrorEncoder(supportEncoder())}
	legacy := []httptransport.ServerOption{httptransport.ServerErrorEncoder(legacyEncoder())}
	mux := http.NewServeMux()
	mux.Handle("POST /renew", httptransport.NewServer(makeRenew(sp), decodeUser, httptransport.EncodeJSONResponse, legacy...))
	mux.Handle("POST /confirm", httptransport.NewServer(makeConfirm(sp), decodeUser, httptransport.EncodeJSONResponse, opts...))
	mux.Handle("GET /support/lookup", httptransport.NewServer(makeLookup(sp), decodeUser, httptransport.EncodeJSONResponse, supportOpts...))
	return mux
}
