// Package httpx holds the response helpers every net/http handler of the
// platform uses. It maps return codes with codes.UserMessage, hence its
// import of codes.
package httpx

import (
	"encoding/json"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

// Respond sends {"error": msg} with status.
func Respond(w http.ResponseWriter, status int, msg string) { // want Respond:`rawexposure\(param 2 reaches the HTTP response via json.Encoder.Encode\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// RespondCode sends the safe message for a SurePassID code.
func RespondCode(w http.ResponseWriter, status int, code codes.ReturnCode) {
	Respond(w, status, codes.UserMessage(code))
}

// Problem is an RFC 9457 problem document.
type Problem struct {
	Title  string `json:"title"`
	Detail string `json:"detail,omitempty"`
}

// JSONRenderer renders errors as problem documents. It implements
// api.Renderer; the handlers only see the interface.
type JSONRenderer struct{}

// Error writes the problem document.
func (JSONRenderer) Error(w http.ResponseWriter, status int, title, detail string) { // want Error:`rawexposure\(param 2 reaches the HTTP response via json.Encoder.Encode; param 3 reaches the HTTP response via json.Encoder.Encode\)`
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Problem{Title: title, Detail: detail})
}

// Text sends a plain-text error page.
func (JSONRenderer) Text(w http.ResponseWriter, status int, msg string) { // want Text:`rawexposure\(param 2 reaches the HTTP response via http.Error\)`
	http.Error(w, msg, status)
}
