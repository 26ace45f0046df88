package mfa

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/samber/lo"
	"k8s.io/utils/ptr"

	"rawexposure/swagger/mfacodes"
	"rawexposure/swagger/ptrutil"
)

// Outcome is what the device pages get.
type Outcome struct {
	Status int64  // want Status:"raw return code from mfa.Outcome.Status"
	Reason string // want Reason:"raw errorMessage from mfa.Outcome.Reason"
}

// Enroll reads the answer with the AWS SDK's helpers.
func (c *Client) Enroll(ctx context.Context, user, otp string) (Outcome, error) { // want Enroll:"result 0 raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Status: aws.ToInt64(p.ErrorCode), Reason: aws.ToString(p.ErrorMessage)}, nil
}

// Reason reads the message with lo.
func (c *Client) Reason(ctx context.Context, user, otp string) (string, error) { // want Reason:"result 0 raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	return lo.FromPtr(p.ErrorMessage), nil
}

// Detail reads the message with k8s' ptr.
func (c *Client) Detail(ctx context.Context, user, otp string) (string, error) { // want Detail:"result 0 raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	return ptr.Deref(p.ErrorMessage, "no detail"), nil
}

// Note reads the message with the team's helper package.
func (c *Client) Note(ctx context.Context, user, otp string) (string, error) { // want Note:"result 0 raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if ptrutil.Value(p.ErrorCode) != mfacodes.SUCCESS {
		return ptrutil.Text(p.ErrorMessage), nil
	}
	return ptrutil.Or(p.ErrorMessage, ""), nil
}

// Error is the wrapper's error: the code and SurePassID's message, and
// the team's text for the code.
type Error struct {
	Code int64
	Msg  string // want Msg:"raw errorMessage from mfa.Error.Msg"
}

func (e *Error) Error() string { return "mfa: " + e.Msg } // want Error:"result 0 raw errorMessage"

// Public is the text pages may show.
func (e *Error) Public() string { return mfacodes.UserMessage(e.Code) }

// SignIn folds a failure into an *Error.
func (c *Client) SignIn(ctx context.Context, user, otp string) error { // want SignIn:"raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return err
	}
	if code := ptrutil.Value(p.ErrorCode); code != mfacodes.SUCCESS {
		return &Error{Code: code, Msg: ptrutil.Value(p.ErrorMessage)}
	}
	return nil
}

// Size is safe: only the message's length and a redacted text leave.
func (c *Client) Size(ctx context.Context, user, otp string) (int, string) {
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return 0, errors.New("unavailable").Error()
	}
	return ptrutil.Len(p.ErrorMessage), ptrutil.Redacted(p.ErrorMessage)
}
