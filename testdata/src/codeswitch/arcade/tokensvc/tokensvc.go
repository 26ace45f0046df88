// Package tokensvc is the arcade's SurePassID client: the code arrives as
// text and is parsed by an accessor, failures are a *Fault (wrapped in a
// *TokenFault by the token calls), and ReasonCode reads the code back from
// an error.
package tokensvc

import (
	"context"
	"errors"
	"strconv"
)

// Endpoint is the tenant's REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// The return codes the arcade branches on.
const (
	Ok           = 0
	LoginFailed  = 9001
	OTPUsed      = 9002
	OTPWrong     = 9003
	UserDisabled = 9007
	Database     = 9010
	ClockDrift   = 9035
	NoDevices    = 9036
	PushExpired  = 9043
	OTPBypass    = 9051
)

// Reply is the server's envelope.
type Reply struct {
	ErrorCode    string `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// ReturnCode parses the code; text that is no number is -1, a failure.
func (r Reply) ReturnCode() int { // want ReturnCode:"codeswitch\\(accessor: receiver.ErrorCode\\)"
	code, err := strconv.Atoi(r.ErrorCode)
	if err != nil {
		return -1
	}
	return code
}

// Fault is a failure the server answered.
type Fault struct {
	Call string
	Code int
	Text string
}

func (f *Fault) Error() string { return f.Call + ": " + f.Text }

// TokenFault is a failure of a token operation.
type TokenFault struct {
	Cause  *Fault
	Serial string
}

func (t *TokenFault) Error() string { return "token: " + t.Cause.Error() }
func (t *TokenFault) Unwrap() error { return t.Cause } // want Unwrap:"codeswitch\\(accessor: receiver.Cause\\)"

func fault(call string, code int, text string) error {
	f := &Fault{Call: call, Code: code, Text: text}
	if call == "validate_oath_otp" {
		return &TokenFault{Cause: f}
	}
	return f
}

func post(ctx context.Context, call string, form map[string]string) (Reply, error) {
	return Reply{}, ctx.Err()
}

// Check validates a one-time password.
func Check(ctx context.Context, user, otp string) (*Reply, error) {
	r, err := post(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
	if err != nil {
		return nil, err
	}
	if code := r.ReturnCode(); code != Ok {
		return &r, fault("validate_oath_otp", code, r.ErrorMessage)
	}
	return &r, nil
}

// Login checks a password.
func Login(ctx context.Context, user, pw string) (*Reply, error) {
	r, err := post(ctx, "validate_user", map[string]string{"username": user, "pw": pw})
	return &r, err
}

// ReasonCode returns the code err carries, -1 without one (nil included).
func ReasonCode(err error) int { // want ReasonCode:"codeswitch\\(accessor: param 0.errors.As\\(\\).Code\\)"
	var f *Fault
	if errors.As(err, &f) {
		return f.Code
	}
	return -1
}
