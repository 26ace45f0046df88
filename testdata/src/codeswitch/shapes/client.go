// Package shapes decodes SurePassID replies the way teams do when they do
// not trust the code to be an int: json.Number, quoted strings, floats from
// a map[string]any decoder, pointers to tell a missing code from 0.
package shapes

import (
	"encoding/json"
	"errors"
	"net/http"
)

const validateURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type numberReply struct {
	Code json.Number `json:"errorCode"`
	Msg  string      `json:"errorMessage"`
}

type stringReply struct {
	ErrorCode    string `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type floatReply struct {
	ErrorCode    float64 `json:"errorCode"`
	ErrorMessage string  `json:"errorMessage"`
}

type ptrReply struct {
	ErrorCode    *int32  `json:"errorCode,omitempty"`
	ErrorMessage *string `json:"errorMessage,omitempty"`
}

var errDenied = errors.New("denied")

func decode(res *http.Response, v any) error {
	dec := json.NewDecoder(res.Body)
	dec.UseNumber()
	return dec.Decode(v)
}

// ValidNumber lets every code but two through.
func ValidNumber(res *http.Response) bool {
	var r numberReply
	if decode(res, &r) != nil {
		return false
	}
	switch r.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case "9003", "9002":
		return false
	}
	return true
}

// ValidString compares a quoted code.
func ValidString(res *http.Response) error {
	var r stringReply
	if err := decode(res, &r); err != nil {
		return err
	}
	if r.ErrorCode == "9003" { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall through unhandled`
		return errDenied
	}
	return nil
}

// ValidFloat has a default that lets the user in.
func ValidFloat(res *http.Response) bool {
	var r floatReply
	if decode(res, &r) != nil {
		return false
	}
	switch r.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall into a default`
	case 9003:
		return false
	default:
		return true
	}
}

// ValidPtr dereferences the code.
func ValidPtr(res *http.Response) bool {
	var r ptrReply
	if decode(res, &r) != nil || r.ErrorCode == nil {
		return false
	}
	switch *r.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case 9003:
		return false
	}
	return true
}

// Closed fails closed: nothing to report.
func Closed(res *http.Response) bool {
	var r numberReply
	if decode(res, &r) != nil {
		return false
	}
	switch r.Code {
	case "0":
		return true
	case "9003":
		return false
	default:
		return false
	}
}
