// Package othervendor calls another vendor's API whose answers also carry
// errorCode and errorMessage. Nothing here comes from SurePassID, so
// nothing is reported.
package othervendor

import (
	"encoding/json"
	"net/http"
)

// Response is the shipping vendor's answer.
type Response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Track asks the vendor where a parcel is.
func Track(id string) (*Response, error) {
	res, err := http.Get("https://api.acme.example/shipments/" + id)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out Response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Shipment relays the vendor's message as it is.
func Shipment(w http.ResponseWriter, r *http.Request) {
	out, err := Track(r.PathValue("id"))
	if err != nil {
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	if out.ErrorCode != 0 {
		http.Error(w, out.ErrorMessage, http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(out)
}
