package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"rawexposure/surepass"
)

// relayReply mirrors SurePassID's field names for the operations console:
// a literal of it is raw only through the fields it sets.
type relayReply struct {
	Delivered bool   `json:"delivered"`
	Code      int    `json:"errorCode,omitempty"`
	Message   string `json:"errorMessage,omitempty"`
	Hint      string `json:"hint,omitempty"`
}

func sendReply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) Relay(w http.ResponseWriter, r *http.Request) {
	err := s.SP.SendOTP(r.Context(), r.FormValue("user"))
	var apiErr *surepass.APIError
	switch {
	case errors.As(err, &apiErr):
		sendReply(w, http.StatusBadGateway, &relayReply{Code: int(apiErr.Code), Message: apiErr.Msg}) // want `raw SurePassID errorMessage \(from surepass.APIError.Msg\) written to the HTTP response by web.sendReply`
	case err != nil:
		// The error is logged; the reply says only that nothing was sent.
		sendReply(w, http.StatusBadGateway, relayReply{Delivered: false})
	default:
		sendReply(w, http.StatusOK, &relayReply{Delivered: true, Hint: "check your phone"})
	}
}

func (s *Server) RelayBatch(w http.ResponseWriter, r *http.Request) {
	if err := s.SP.SendOTP(r.Context(), r.FormValue("user")); err != nil {
		json.NewEncoder(w).Encode([]relayReply{{Delivered: false}, {Hint: "retry later"}})
		return
	}
	json.NewEncoder(w).Encode(map[string]relayReply{"sms": {Delivered: true}})
}

// relayWhole still encodes a reply value whose fields it cannot see.
func relayWhole(w http.ResponseWriter, r *http.Request, prev relayReply) {
	json.NewEncoder(w).Encode(prev) // want `raw SurePassID errorMessage \(from prev\) written to the HTTP response`
}
