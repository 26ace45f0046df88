// Package otpgate is the platform team's SurePassID client: each call
// answers the vendor's return code and errorMessage beside a transport
// error.
package otpgate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Return codes the services branch on.
const (
	OK            int32 = 0
	DatabaseError int32 = 9010
	SMSSendError  int32 = 9012
)

type reply struct {
	ErrorCode    int32  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Gate calls the SurePassID REST API.
type Gate struct {
	url string
	hc  *http.Client
}

// Dial returns a gate for the API at url.
func Dial(url string) *Gate { return &Gate{url: url, hc: http.DefaultClient} }

func (g *Gate) post(ctx context.Context, op string, body map[string]string) (int32, string, error) {
	raw, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.url+"/"+op, bytes.NewReader(raw))
	if err != nil {
		return 0, "", err
	}
	resp, err := g.hc.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	var r reply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return 0, "", err
	}
	return r.ErrorCode, r.ErrorMessage, nil
}

// Check validates the OTP user typed.
func (g *Gate) Check(ctx context.Context, user, otp string) (code int32, reason string, err error) { // want Check:"rawexposure\\(result 0 raw return code from otpgate.post; result 1 raw errorMessage from otpgate.post\\)"
	return g.post(ctx, "ValidateOTP", map[string]string{"spAccountLoginName": user, "otp": otp})
}

// Deliver sends user a one-time code over channel.
func (g *Gate) Deliver(ctx context.Context, user, channel string) (int32, string, error) { // want Deliver:"rawexposure\\(result 0 raw return code from otpgate.post; result 1 raw errorMessage from otpgate.post\\)"
	return g.post(ctx, "SendOTP", map[string]string{"spAccountLoginName": user, "delivery": channel})
}

// Rejection is a non-zero return code as an error.
type Rejection struct {
	Op     string
	Code   int32
	Reason string
}

func (r *Rejection) Error() string { return fmt.Sprintf("otpgate %s: %s", r.Op, r.Reason) }

// Reject turns a (code, reason) pair into a *Rejection, nil for success.
func Reject(op string, code int32, reason string) error { // want Reject:"rawexposure\\(result 0 from params 0,1,2\\)"
	if code == OK {
		return nil
	}
	return &Rejection{Op: op, Code: code, Reason: reason}
}

// Again calls fn up to tries times while SurePassID reports a database
// error, and answers what the last call answered.
func Again(ctx context.Context, tries int, fn func(context.Context) (int32, string, error)) (int32, string, error) { // want Again:"rawexposure\\(result 0 from result 0 of param 2; result 1 from result 1 of param 2; result 2 from result 2 of param 2\\)"
	var (
		code   int32
		reason string
		err    error
	)
	for i := 0; i < tries; i++ {
		code, reason, err = fn(ctx)
		if err != nil || code != DatabaseError {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return code, reason, err
}
