// Package spclient wraps the SurePassID REST API behind small accessors.
package spclient // want "relevant package"

import (
	"net/url"
	"strconv"

	"spidaccess/authpb"
)

// Reply is the REST answer.
type Reply struct {
	Type    string `json:"type"`
	ErrCode int    `json:"errorCode"`
	ErrMsg  string `json:"errorMessage"`
}

// Code is the return code.
func (r *Reply) Code() int { return r.ErrCode } // want "role code"

// Message is SurePassID's own message.
func (r *Reply) Message() string {
	if r == nil {
		return ""
	}
	return r.ErrMsg // want "role message"
}

// OK reports success: a boolean, not a code.
func (r *Reply) OK() bool { return r.ErrCode == 0 } // want "role code"

// Describe answers with the team's own words.
func (r *Reply) Describe() string {
	if r.ErrCode != 0 { // want "role code"
		return "failed"
	}
	return "ok"
}

// Summary mixes the message with the type: not the message alone.
func (r *Reply) Summary() string {
	if r.ErrCode != 0 { // want "role code"
		return r.ErrMsg // want "role message"
	}
	return r.Type
}

// Parts returns both: not one result.
func (r *Reply) Parts() (int, string) { return r.ErrCode, r.ErrMsg } // want "role code" "role message"

// CodeOf is an accessor function.
func CodeOf(r *Reply) int {
	return r.ErrCode // want "role code"
}

// Status reads the gRPC reply through its getter.
func Status(r *authpb.ValidateReply) int32 {
	return r.GetErrorCode() // want "call is code"
}

// Form builds the request form.
func Form(login, key string) url.Values {
	return url.Values{"spAccountLoginName": {login}, "spAccountLoginKey": {key}}
}

// Messages is an accessor of an accessor.
func Messages(r *Reply) string { return r.Message() } // want "call is message"

// TextReply answers the code as text.
type TextReply struct {
	ErrorCode    string `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Parsed parses the code behind a guard: an accessor all the same.
func (r TextReply) Parsed() int {
	n, err := strconv.Atoi(r.ErrorCode) // want "call is code" "role code"
	if err != nil {
		return -1
	}
	return int(n)
}

// Attempts returns a local declared from something else: no role.
func (r TextReply) Attempts() int {
	n, err := strconv.Atoi(r.ErrorCode) // want "call is code" "role code"
	if err != nil {
		return -1
	}
	n = len(r.ErrorCode) // want "role code"
	return n
}

// Number parses the code with its error: the parse's first result.
func (r TextReply) Number() (int, error) {
	if r.ErrorCode == "" { // want "role code"
		return 0, strconv.ErrSyntax
	}
	return strconv.Atoi(r.ErrorCode) // want "call is code" "role code"
}

// Length hands out the length of the code with an error: no role.
func (r TextReply) Length() (int, error) {
	return strconv.Atoi(strconv.Itoa(len(r.ErrorCode))) // want "role code"
}
