// Package parsed turns SurePassID's code into the number it switches on:
// the server quotes it, or the decoder keeps it as json.Number, or the team
// converts it to its own type first.
package parsed

import (
	"encoding/json"
	"errors"
	"strconv"
)

const host = "sandbox.surepassid.com"

type quoted struct {
	ErrorCode    string `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type numbered struct {
	ErrorCode    json.Number `json:"errorCode"`
	ErrorMessage string      `json:"errorMessage"`
}

type wide struct {
	ErrorCode    int64  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Result is the team's own code type; it mirrors nothing.
type Result int

var errOTP = errors.New("wrong code")

// Atoi parses the quoted code.
func Atoi(r quoted) error {
	code, err := strconv.Atoi(r.ErrorCode)
	if err != nil {
		return err
	}
	switch code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case 9003:
		return errOTP
	}
	return nil
}

// Int64 reads the json.Number.
func Int64(r numbered) error {
	n, err := r.ErrorCode.Int64()
	if err != nil {
		return err
	}
	if n == 9003 { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall through unhandled`
		return errOTP
	}
	return nil
}

// Converted switches on a conversion.
func Converted(r wide) bool { // want Converted:"codeswitch\\(predicate: true when param 0.ErrorCode is Success, PartnerLoginFailed"
	switch int(r.ErrorCode) { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case 9003:
		return false
	}
	return true
}

// Own converts to the team's type through a local.
func Own(r wide) bool { // want Own:"codeswitch\\(predicate: true when param 0.ErrorCode is Success, PartnerLoginFailed"
	res := Result(r.ErrorCode)
	switch res { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case 9003:
		return false
	}
	return true
}

// Length is not a code: the length of the message.
func Length(r wide) bool {
	switch len(r.ErrorMessage) {
	case 9003:
		return false
	}
	return true
}

// Port parses something else.
func Port(s string) bool {
	p, _ := strconv.Atoi(s)
	switch p {
	case 9003:
		return false
	}
	return true
}
