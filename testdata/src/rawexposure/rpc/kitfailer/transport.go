package kitfailer

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"

	httptransport "github.com/go-kit/kit/transport/http"
)

// failer is go-kit's endpoint.Failer.
type failer interface {
	Failed() error
}

// NewHTTPHandler mounts the endpoints; every server writes errors with
// writeError, which shows err.Error().
func NewHTTPHandler(e Endpoints) http.Handler {
	options := []httptransport.ServerOption{httptransport.ServerErrorEncoder(writeError)}
	mux := http.NewServeMux()
	mux.Handle("/unlock", httptransport.NewServer(e.Unlock, decodeUnlock, writeResponse, options...))
	mux.Handle("/rotate", httptransport.NewServer(e.Rotate, decodeUnlock, writeResponse, options...))
	mux.Handle("/status", httptransport.NewServer(e.Status, decodeUnlock, writeStatus, options...))
	mux.Handle("/probe", httptransport.NewServer(e.Probe, decodeUnlock, httptransport.EncodeJSONResponse, options...))
	return mux
}

func decodeUnlock(_ context.Context, r *http.Request) (interface{}, error) {
	return unlockRequest{Account: r.FormValue("account"), Code: r.FormValue("code")}, nil
}

// writeResponse passes a failed response's error to writeError, as
// go-kit's server does: the error was reported where it was stored.
func writeResponse(ctx context.Context, w http.ResponseWriter, response interface{}) error {
	if f, ok := response.(failer); ok && f.Failed() != nil {
		writeError(ctx, f.Failed(), w)
		return nil
	}
	return json.NewEncoder(w).Encode(response)
}

// writeStatus writes the kept code into a header (the field's reader is
// the finding), and the body without it.
func writeStatus(_ context.Context, w http.ResponseWriter, response interface{}) error {
	st := response.(statusResponse)
	if !st.Valid {
		w.Header().Set("X-Verify-Reason", strconv.Itoa(st.reason)) // want `raw SurePassID return code \(from kitfailer.statusResponse.reason\) written to a response header`
	}
	return json.NewEncoder(w).Encode(statusResponse{Valid: st.Valid, reason: st.reason})
}

func writeError(_ context.Context, err error, w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusForbidden)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}
