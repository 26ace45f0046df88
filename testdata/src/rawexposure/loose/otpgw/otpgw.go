// Package otpgw calls the token server and hands its answers on loosely
// typed: a decoded map, values read with gjson, a json.Number code.
package otpgw

import (
	"encoding/json"
	"net/http"

	"github.com/tidwall/gjson"
)

const endpoint = "https://eu.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Answer returns the server's answer as a map.
func Answer(resp *http.Response) (map[string]interface{}, error) {
	var m map[string]interface{}
	err := json.NewDecoder(resp.Body).Decode(&m)
	return m, err
}

// Outcome reads the code and the text of an answer with gjson.
func Outcome(body []byte) (code int64, text string) { // want Outcome:"result 0 raw return code from otpgw.Outcome; result 1 raw errorMessage from otpgw.Outcome"
	return gjson.GetBytes(body, "errorCode").Int(), gjson.GetBytes(body, "errorMessage").String()
}

// Enrollment is what the admin pages show after enrolling a token.
type Enrollment struct {
	Serial string
	Result json.Number // want Result:"raw return code from otpgw.Enrollment.Result"
}

// Enroll reads the code a decoder kept as json.Number.
func Enroll(m map[string]any) Enrollment { // want Enroll:"result 0 raw return code from otpgw.Enroll"
	n, _ := m["errorCode"].(json.Number)
	serial, _ := m["serial"].(string)
	return Enrollment{Serial: serial, Result: n}
}
