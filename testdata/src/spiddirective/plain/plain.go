// Package plain has the gateway's shapes without any directive: nothing in
// it is SurePassID's, and its helper is not a sink.
package plain

import "net/http"

type Status int

const (
	StatusOK     Status = 0
	StatusDenied Status = 1
)

type Reply struct {
	Outcome int    `json:"outcome"`
	Detail  string `json:"detail"`
}

// Flash is documented as a sink in prose only: "surepasslint:sink 1".
func Flash(w http.ResponseWriter, msg string) {}

func use(w http.ResponseWriter, r Reply, s Status) {
	_ = r.Outcome
	if s != StatusOK {
		Flash(w, r.Detail)
	}
}
