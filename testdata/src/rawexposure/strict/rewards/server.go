// Package rewards serves the loyalty-points API through an oapi-codegen
// strict server: handlers return typed response objects, and their errors
// go to the ResponseErrorHandlerFunc configured below.
package rewards

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	errspclient "rawexposure/errtype/spclient"
	"rawexposure/frameworks/spclient"
	"rawexposure/strict/rewardsapi"
)

// Server implements rewardsapi.StrictServerInterface.
type Server struct {
	SP     *spclient.Client
	Locks  *errspclient.Client
	Ledger interface {
		Spend(ctx context.Context, member string, points int) (string, error)
	}
}

var _ rewardsapi.StrictServerInterface = (*Server)(nil)

// clientError is an error whose Detail the client may read.
type clientError struct {
	Status int
	Detail string
	Trace  string // for the logs only
	cause  error
}

func (e *clientError) Error() string { return e.Detail }

func (e *clientError) Unwrap() error { return e.cause }

// errUnknownMember is the ledger's own sentinel.
var errUnknownMember = errors.New("unknown member")

func writeJSON(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(rewardsapi.ErrorBody{Detail: detail})
}

// onResponseError shows a *clientError's Detail and hides anything else.
func onResponseError(w http.ResponseWriter, r *http.Request, err error) {
	var ce *clientError
	if errors.As(err, &ce) {
		log.Printf("%s: %s", r.URL.Path, ce.Trace)
		writeJSON(w, ce.Status, ce.Detail)
		return
	}
	log.Printf("%s: %v", r.URL.Path, err)
	writeJSON(w, http.StatusInternalServerError, "internal error")
}

// auditMiddleware turns the client's failures into client errors, so that
// handlers can return them as they are.
func auditMiddleware(next rewardsapi.StrictHandlerFunc, operation string) rewardsapi.StrictHandlerFunc {
	return func(ctx context.Context, w http.ResponseWriter, r *http.Request, req interface{}) (interface{}, error) {
		resp, err := next(ctx, w, r, req)
		if errors.Is(err, errUnknownMember) {
			return nil, &clientError{Status: http.StatusNotFound, Detail: "no such member", cause: err}
		}
		var apiErr *errspclient.APIError
		if errors.As(err, &apiErr) && operation == "Unlock" {
			return nil, &clientError{Status: http.StatusLocked, Detail: "unlock failed: " + apiErr.Message} // want `raw SurePassID errorMessage \(from spclient.APIError.Message\) written to the strict server's ResponseErrorHandlerFunc`
		}
		if err != nil {
			return nil, &clientError{Status: http.StatusBadGateway, Detail: "points service unavailable", Trace: err.Error(), cause: err}
		}
		return resp, nil
	}
}

// Mount serves the API on mux.
func (s *Server) Mount(mux *http.ServeMux) http.Handler {
	h := rewardsapi.NewStrictHandlerWithOptions(s, []rewardsapi.StrictMiddlewareFunc{auditMiddleware}, rewardsapi.StrictHTTPServerOptions{
		RequestErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			writeJSON(w, http.StatusBadRequest, "malformed request: "+err.Error())
		},
		ResponseErrorHandlerFunc: onResponseError,
	})
	return rewardsapi.HandlerFromMux(h, mux)
}
