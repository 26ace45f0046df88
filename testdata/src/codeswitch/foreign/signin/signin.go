// Package signin asks the client and decides.
package signin

import (
	"context"

	"codeswitch/foreign/spclient"
)

// The answers the flow tells apart, under the team's names; the last one
// is the team's word for a code the server calls something else.
const (
	codeReplayed = 9002
	codeLocked   = 9015
	codeDbDown   = 9010
	codeParked   = 9044
)

// Check admits the user unless the answer is one it lists.
func Check(ctx context.Context, c *spclient.Client, user, otp string) bool {
	code, err := c.Validate(ctx, user, otp)
	if err != nil {
		return false
	}
	return admits(code)
}

func admits(code int) bool {
	switch code { // want `fail-open switch over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
	case codeReplayed, codeLocked, codeParked:
		return false
	}
	return true
}

// admitsStrict lists success: nothing to report.
func admitsStrict(code int) bool {
	switch code {
	case 0:
		return true
	case codeDbDown:
		return false
	}
	return false
}
