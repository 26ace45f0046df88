// Package acme talks to another vendor whose responses also carry
// errorCode and errorMessage: no SurePassID signal, nothing reported.
package acme

import (
	"encoding/json"
	"net/http"
)

type Response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func Handle(w http.ResponseWriter, r *http.Request) {
	var resp Response
	_ = json.NewDecoder(r.Body).Decode(&resp)
	if resp.ErrorCode != 0 {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway)
		json.NewEncoder(w).Encode(resp)
	}
}
