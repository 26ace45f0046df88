// Package kitopts builds its go-kit servers with option slices, and its
// error encoders with factories: the encoder of the public servers maps
// errors to fixed texts, the encoder of the support server writes every
// error's text.
package kitopts

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"

	"rawexposure/rpc/spauth"
)

var (
	errExpired   = errors.New("this link has expired")
	errWrongCode = errors.New("that code is not right")
)

type problem struct {
	Message string `json:"message"`
}

// problemEncoder maps the package's sentinels to fixed texts, and every
// other error to one more.
func problemEncoder(logger *log.Logger) httptransport.ErrorEncoder {
	return func(_ context.Context, err error, w http.ResponseWriter) {
		status, msg := http.StatusInternalServerError, "temporarily unavailable"
		switch {
		case errors.Is(err, errExpired):
			status, msg = http.StatusGone, "This link has expired."
		case errors.Is(err, errWrongCode):
			status, msg = http.StatusUnprocessableEntity, "That code is not right."
		}
		logger.Printf("request failed: %v", err)
		w.WriteHeader(status)
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
	mux := http.NewServeMux()
	mux.Handle("POST /confirm", httptransport.NewServer(makeConfirm(sp), decodeUser, httptransport.EncodeJSONResponse, opts...))
	mux.Handle("GET /support/lookup", httptransport.NewServer(makeLookup(sp), decodeUser, httptransport.EncodeJSONResponse, supportOpts...))
	return mux
}
