// Package surepass is the team's small SurePassID client: a reply with
// the code as sent, a named mirror of the codes, an accessor and
// predicates over it.
package surepass

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// ResultCode mirrors the published return codes the team uses.
type ResultCode uint32

const (
	RcSuccess        ResultCode = 0
	RcLoginFailed    ResultCode = 9001
	RcOtpInvalid     ResultCode = 9003
	RcLocked         ResultCode = 9015
	RcPartnerLockout ResultCode = 9095
	RcUserLockout    ResultCode = 9096
	RcOtpReplay      ResultCode = 9030
	RcDatabaseError  ResultCode = 9010
)

// Reply is the answer of every call.
type Reply struct {
	Code uint32 `json:"errorCode"`
	Why  string `json:"errorMessage"`
}

// Result is the reply's code as the mirror type.
func (r Reply) Result() ResultCode { return ResultCode(r.Code) } // want Result:"codeswitch\\(accessor: receiver.Code\\)"

// Locked is true for the lockout codes.
func (c ResultCode) Locked() bool { // want Locked:"codeswitch\\(predicate: true when receiver is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerAttempsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	return c == RcLocked || c == RcPartnerLockout || c == RcUserLockout
}

// LockedOut is true when the reply says the account is locked.
func (r Reply) LockedOut() bool { return r.Result().Locked() } // want LockedOut:"codeswitch\\(predicate: true when receiver.Code is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerAttempsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"

// Rejected is true for the codes the team refuses outright.
func (r *Envelope) Rejected() bool { // want Rejected:"codeswitch\\(predicate: true when receiver.ErrorCode is OTPInvalid, BogusOTP\\)"
	return r.ErrorCode == int(RcOtpInvalid) || r.ErrorCode == int(RcOtpReplay)
}

// OK is true for success.
func (c ResultCode) OK() bool { return c == RcSuccess } // want OK:"codeswitch\\(predicate: true when receiver is Success\\)"

// Envelope is the answer of the enrolment calls, kept as sent.
type Envelope struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Code returns the envelope's code.
func (e *Envelope) Code() int { return e.ErrorCode } // want Code:"codeswitch\\(accessor: receiver.ErrorCode\\)"

// Client calls the endpoint.
type Client struct {
	URL string
	HC  *http.Client
}

// Validate checks an OTP.
func (c *Client) Validate(ctx context.Context, user, otp string) (Reply, error) {
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return Reply{}, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return Reply{}, err
	}
	defer resp.Body.Close()
	var r Reply
	err = json.NewDecoder(resp.Body).Decode(&r)
	return r, err
}

// Push sends a push approval request.
func (c *Client) Push(ctx context.Context, user string) (*Envelope, error) {
	body, _ := json.Marshal(map[string]string{"type": "push_oath_otp", "username": user})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var e Envelope
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return nil, err
	}
	return &e, nil
}
