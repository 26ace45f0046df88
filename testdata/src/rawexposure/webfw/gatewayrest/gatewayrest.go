// Package gatewayrest adds hand-written REST routes to a grpc-gateway mux:
// they encode their answers with the mux's outbound marshaler, whose bytes
// carry what was marshaled.
package gatewayrest

import (
	"log"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"

	"rawexposure/webfw/spauth"
)

type problem struct {
	Title  string `json:"title"`
	Detail string `json:"detail,omitempty"`
	Code   int    `json:"code,omitempty"`
}

// Gateway serves the self-service routes.
type Gateway struct {
	mux *runtime.ServeMux
	sp  *spauth.Client
}

// writeJSON encodes v with the request's marshaler.
func writeJSON(w http.ResponseWriter, m runtime.Marshaler, status int, v any) {
	buf, err := m.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", m.ContentType(v))
	w.WriteHeader(status)
	w.Write(buf)
}

// Register mounts the routes.
func (g *Gateway) Register() {
	_ = g.mux.HandlePath("POST", "/v1/otp/{user}", g.verify)
	_ = g.mux.HandlePath("POST", "/v1/otp-quiet/{user}", g.verifyQuiet)
}

func (g *Gateway) verify(w http.ResponseWriter, r *http.Request, p map[string]string) {
	_, out := runtime.MarshalerForRequest(g.mux, r)
	res, err := g.sp.ValidateOTP(r.Context(), p["user"], r.FormValue("otp"))
	if err != nil {
		writeJSON(w, out, http.StatusBadGateway, problem{Title: "try again later"})
		return
	}
	if res.ErrorCode != 0 {
		writeJSON(w, out, http.StatusUnauthorized, problem{Title: "sign-in failed", Code: res.ErrorCode}) // want `raw SurePassID return code`
		return
	}
	body, _ := out.Marshal(problem{Title: "signed in", Detail: res.ErrorMessage})
	w.Write(body) // want `raw SurePassID errorMessage`
}

// verifyQuiet logs the answer and encodes fixed text.
func (g *Gateway) verifyQuiet(w http.ResponseWriter, r *http.Request, p map[string]string) {
	_, out := runtime.MarshalerForRequest(g.mux, r)
	res, err := g.sp.ValidateOTP(r.Context(), p["user"], r.FormValue("otp"))
	if err != nil || res.ErrorCode != 0 {
		if res != nil {
			log.Printf("surepass %d: %s", res.ErrorCode, res.ErrorMessage)
		}
		writeJSON(w, out, http.StatusUnauthorized, problem{Title: "sign-in failed"})
		return
	}
	writeJSON(w, out, http.StatusOK, problem{Title: "signed in"})
}
