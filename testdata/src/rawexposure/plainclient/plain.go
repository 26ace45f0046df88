// Package plainclient calls SurePassID without this module's codes package:
// its own WCF-style result type, so the fix is a string literal.
package plainclient

import (
	"encoding/json"
	"net/http"
)

const server = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type Result struct {
	ErrorCode int
	ErrorMsg  string
}

func Login(w http.ResponseWriter, r *http.Request) {
	var res Result
	_ = json.NewDecoder(r.Body).Decode(&res)
	if res.ErrorCode != 0 {
		w.Write([]byte(res.ErrorMsg)) // want `raw SurePassID errorMessage \(from res.ErrorMsg\) written to the HTTP response`
		return
	}
	json.NewEncoder(w).Encode(res) // want `raw SurePassID errorMessage \(from res\) written to the HTTP response`
}
