// Package quoted is a SurePassID client for servers that send errorCode
// as a quoted string: the answer keeps it as text and converts it in an
// accessor with an error result.
package quoted

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// Result mirrors the return codes the kiosk handles.
type Result int

const (
	ResultOK            Result = 0
	ResultLoginFailed   Result = 9001
	ResultOTPReplayed   Result = 9002
	ResultOTPInvalid    Result = 9003
	ResultTooManyFailed Result = 9015
)

// envelope is embedded by every answer.
type envelope struct {
	Op   string `json:"type"`
	Code string `json:"errorCode"`
	Msg  string `json:"errorMessage"`
}

// Result converts the quoted code, trimmed of blanks and quotes.
func (e *envelope) Result() (Result, error) { // want Result:"codeswitch\\(accessor: receiver.Code\\)"
	raw := strings.Trim(strings.TrimSpace(e.Code), `"`)
	if raw == "" {
		return 0, fmt.Errorf("quoted: %s answer without errorCode", e.Op)
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("quoted: errorCode %q: %w", raw, err)
	}
	return Result(n), nil
}

// Good is true for an explicit success only, read through Result.
func (e *envelope) Good() bool { // want Good:"codeswitch\\(predicate: true when receiver.Code is Success\\)"
	r, err := e.Result()
	return err == nil && r == ResultOK
}

// Accepted compares the text itself.
func (e envelope) Accepted() bool { // want Accepted:"codeswitch\\(predicate: true when receiver.Code is Success\\)"
	return e.Code == "0"
}

// Passed parses the trimmed text.
func (e *envelope) Passed() bool { // want Passed:"codeswitch\\(predicate: true when receiver.Code is Success\\)"
	n, err := strconv.Atoi(strings.TrimSpace(e.Code))
	return err == nil && n == 0
}

// OTPAnswer answers validate_oath_otp.
type OTPAnswer struct {
	envelope
	Serial string `json:"psn"`
}

// Client calls the server.
type Client struct{ Base string }

// CheckOTP validates a one-time password.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) (*OTPAnswer, error) {
	return &OTPAnswer{}, nil
}
