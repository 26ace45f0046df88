// Package authn is the gateway's small SurePassID client: untyped codes, a
// pointer code on the session check, a protobuf-style push reply and an
// error type carrying the code.
package authn

import (
	"context"
	"fmt"
)

// Endpoint is the tenant's API.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// The return codes the gateway branches on.
const (
	SP_SUCCESS               = 0
	SP_USER_LOGIN_FAILED     = 9001
	SP_OTP_ALREADY_USED      = 9002
	SP_OTP_INVALID           = 9003
	SP_USER_LOGIN_DISABLED   = 9007
	SP_SEND_OTP_EXPIRED      = 9043
	SP_SESSION_TOKEN_INVALID = 9106
)

// TokenCheck is is_session_token_valid's answer; some servers omit
// errorCode on success.
type TokenCheck struct {
	ErrorCode    *int   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// TapReply is tap_auth_response's answer.
type TapReply struct {
	Status       string `json:"status"`
	ErrorCode    int32  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// GetStatus returns the push status.
func (x *TapReply) GetStatus() string {
	if x == nil {
		return ""
	}
	return x.Status
}

// GetErrorCode returns the return code.
func (x *TapReply) GetErrorCode() int32 {
	if x == nil {
		return 0
	}
	return x.ErrorCode
}

// APIError is returned when SurePassID answers with a failure.
type APIError struct {
	Op      string
	Code    int
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("surepass %s: %s (code %d)", e.Op, e.Message, e.Code)
}

// Client calls SurePassID.
type Client struct{}

// CheckSession asks whether a session token is still valid.
func (c *Client) CheckSession(ctx context.Context, token string) (*TokenCheck, error) {
	return &TokenCheck{}, nil
}

// Tap polls a push approval.
func (c *Client) Tap(ctx context.Context, txn string) (*TapReply, error) {
	return &TapReply{}, nil
}

// VerifyCode validates an OTP and returns the bare code and message.
func (c *Client) VerifyCode(ctx context.Context, user, otp string) (int, string, error) {
	return 0, "", nil
}

// Confirm validates an OTP and returns an *APIError for a failure, so that
// callers branch on the code with errors.As.
func (c *Client) Confirm(ctx context.Context, user, otp string) error {
	rep, err := c.Tap(ctx, otp)
	if err != nil {
		return err
	}
	if code := rep.GetErrorCode(); code != SP_SUCCESS {
		return &APIError{Op: "validate_oath_otp", Code: int(code), Message: rep.ErrorMessage}
	}
	return nil
}

// IsSuccess reports whether code is a success.
func IsSuccess(code int) bool { return code == SP_SUCCESS } // want IsSuccess:"codeswitch\\(predicate: true when param 0 is Success\\)"
