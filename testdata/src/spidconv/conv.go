// Package spidconv converts and parses SurePassID's code and message.
package spidconv // want "relevant package"

import (
	"encoding/json"
	"strconv"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type reply struct {
	ErrorCode    json.Number `json:"errorCode"`
	ErrorMessage string      `json:"errorMessage"`
	Retry        string      `json:"retry"`
}

type Code int32

func use(r reply) {
	_ = int(mustInt(r.ErrorCode.Int64()))    // want "call is code"
	_, _ = r.ErrorCode.Int64()               // want "call is code"
	_ = r.ErrorCode.String()                 // want "call is code"
	_, _ = strconv.Atoi(string(r.ErrorCode)) // want "call is code" "call is code" "role code"
	_ = Code(len(r.ErrorMessage))            // want "role message"
	_ = []byte(r.ErrorMessage)               // want "call is message" "role message"
	_, _ = strconv.Atoi(r.Retry)
	_, _ = strconv.ParseBool(string(r.ErrorCode)) // want "call is code" "role code"
}

func mustInt(n int64, _ error) int64 { return n }
