// Package spclient is a help desk's SurePassID client. Callers keep the
// answer in an Outcome, whose Accepted says whether SurePassID took it.
package spclient

import "context"

// The return codes the help desk names.
const (
	CodeOK          = 0
	CodeLoginFailed = 9001
	CodeOTPReplayed = 9002
	CodeOTPInvalid  = 9003
	CodeDBError     = 9010
)

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Outcome wraps a reply for the handlers.
type Outcome struct {
	Reply *Reply
	Op    string
}

// Accepted reports whether SurePassID accepted the request.
func (o Outcome) Accepted() bool { return o.Reply.ErrorCode == CodeOK } // want Accepted:"codeswitch\\(predicate: true when receiver.Reply.ErrorCode is Success\\)"

// Validate checks an OTP.
func Validate(ctx context.Context, user, otp string) (*Reply, error) {
	return &Reply{}, ctx.Err()
}

// Call posts an operation and keeps the decoded answer as a map.
func Call(ctx context.Context, op string, form map[string]any) (map[string]any, error) {
	return map[string]any{}, ctx.Err()
}
