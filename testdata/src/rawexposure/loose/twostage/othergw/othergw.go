// Package othergw talks to the parcel lockers, whose answers also carry
// errorCode and errorMessage, decoded in two stages like the mfa client's.
// The lockers' messages are written for the customer: nothing here is
// SurePassID's.
package othergw

import (
	"encoding/json"
	"net/http"
)

type lockerError struct {
	Code   json.Number
	Detail string
}

func (e *lockerError) Error() string { return e.Detail }

func open(w http.ResponseWriter, r *http.Request) {
	res, err := http.Post("http://lockers.local/open", "application/json", r.Body)
	if err != nil {
		http.Error(w, "lockers unreachable", http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	var env map[string]json.RawMessage
	if err := json.NewDecoder(res.Body).Decode(&env); err != nil {
		http.Error(w, "bad answer", http.StatusBadGateway)
		return
	}
	le := &lockerError{}
	_ = json.Unmarshal(env["errorCode"], &le.Code)
	if le.Code != "0" {
		_ = json.Unmarshal(env["errorMessage"], &le.Detail)
		http.Error(w, le.Error(), http.StatusConflict)
		return
	}
	var msg string
	_ = json.Unmarshal(env["errorMessage"], &msg)
	_, _ = w.Write([]byte(msg))
}
