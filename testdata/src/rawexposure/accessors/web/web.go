// Package web relays SurePassID's answer through getters and accessors.
package web

import (
	"fmt"
	"net/http"

	"spidaccess/authpb"
)

// restEndpoint is where the REST answer comes from: the package's own
// evidence, without which a struct named only by its fields, in a package
// that merely imports a SurePassID one, is not SurePassID's.
const restEndpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// reply is the REST answer, read through accessors.
type reply struct {
	ErrCode int    `json:"errorCode"`
	ErrMsg  string `json:"errorMessage"`
}

func (r *reply) Code() int       { return r.ErrCode } // want Code:`result 0 raw return code from web.Code`
func (r *reply) Message() string { return r.ErrMsg }  // want Message:`result 0 raw errorMessage from web.Message`

func grpcLogin(w http.ResponseWriter, rep *authpb.ValidateReply) {
	if rep.GetErrorCode() != 0 {
		http.Error(w, rep.GetErrorMessage(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from authpb.GetErrorMessage\) written to the HTTP response`
	}
}

func restLogin(w http.ResponseWriter, rep *reply) {
	if rep.Code() != 0 {
		http.Error(w, rep.Message(), http.StatusUnauthorized) // want `raw SurePassID errorMessage`
		fmt.Fprintf(w, "code %d", rep.Code())                 // want `raw SurePassID return code`
	}
}
