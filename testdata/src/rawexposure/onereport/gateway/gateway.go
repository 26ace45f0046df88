// Package gateway is the mobile API: it calls the RPC service's methods
// in process. StepUp's raw error is reported at StepUp's return, in its
// package; Check is no RPC method, so what it returns is reported here.
package gateway

import (
	"encoding/json"
	"net/http"

	"rawexposure/onereport/rpcbridge"
)

// Handler serves /m/stepup.
type Handler struct{ Auth *rpcbridge.Auth }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var args rpcbridge.Args
	_ = json.NewDecoder(r.Body).Decode(&args)
	var ok bool
	if err := h.Auth.StepUp(&args, &ok); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	if err := h.Auth.Check(r.Context(), args.User, args.OTP); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
