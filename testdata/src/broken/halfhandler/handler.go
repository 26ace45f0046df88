// Package halfhandler is an HTTP handler for the second sign-in step, cut
// off in the middle of writing the response.
package halfhandler

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

func verify(w http.ResponseWriter, env codes.Envelope) {
	if env.Failed() {
		http.Error(w, env.ErrorMessage
		return
	}
	fmt.Fprintf(w, "signed in: %s", env.
}

func relay(w http.ResponseWriter, env codes.Envelope) {
	json.NewEncoder(w).Encode(map[string]any{"error": env.ErrorMessage, "code": env.ErrorCode)
	w.Write([]byte(env.ErrorMessage
}
