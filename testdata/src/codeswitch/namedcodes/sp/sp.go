// Package sp is a SurePassID client that loads the return codes by their
// published names from the vendor's list, kept as JSON, and names a few
// as constants.
package sp

import (
	"context"
	"encoding/json"
)

// published is the vendor's list, as shipped in codes.json.
const published = `{"Success": 0, "OTPAlreadyUsed": 9002, "OTPInvalid": 9003,
 "MaximumFailedOTPRequestsExceeded": 9015, "SSOPolicyNoDailyAccess": 9061,
 "SSOPolicyTimeRestriction": 9065, "SSOPolicyTimeRestrictionIgnored": 9066,
 "SessionTokenInvalid": 9106, "SessionTokenDeleteFailed": 9108}`

// Codes maps each published name to its return code.
var Codes = map[string]int{}

func init() {
	if err := json.Unmarshal([]byte(published), &Codes); err != nil {
		panic(err)
	}
}

// The codes the console names in Go.
const (
	Success        = 0
	SendOTPExpired = 9043
)

// Code returns the return code of a published name (-1 if unknown).
func Code(name string) int {
	if v, ok := Codes[name]; ok {
		return v
	}
	return -1
}

// Result is SurePassID's answer.
type Result interface {
	Code() int
	Reason() string
}

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func (a answer) Code() int      { return a.ErrorCode }    // want Code:"accessor: receiver.ErrorCode"
func (a answer) Reason() string { return a.ErrorMessage } // want Reason:"accessor: receiver.ErrorMessage"

// Client calls SurePassID.
type Client struct{}

// ValidateOTP checks an OTP.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (Result, error) {
	return answer{}, nil
}

// OK reports whether res is a success.
func OK(res Result) bool { return res != nil && res.Code() == Success } // want OK:"predicate: true when param 0.Code.. is Success"
