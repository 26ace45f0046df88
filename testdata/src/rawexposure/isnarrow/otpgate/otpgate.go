// Package otpgate verifies one-time passwords with SurePassID. It answers
// with its own fixed sentinels for the outcomes the enrollment flow shows,
// and with errors carrying the vendor's raw text for the rest: some of
// those match a sentinel through errors.Is.
package otpgate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// ErrUnavailable is returned bare: its text is fixed.
var ErrUnavailable = errors.New("verification is unavailable, try again shortly")

// ErrCodeRejected is matched by every *VerifyError for a rejected code,
// through VerifyError.Is: errors.Is on it proves nothing about the text.
var ErrCodeRejected = errors.New("code rejected") // want ErrCodeRejected:`rawexposure\(wrapped sentinel\)`

// ErrReplayed and ErrExpiredCode are picked from a table and wrapped with
// the vendor's message.
var (
	ErrReplayed    = errors.New("code already used")         // want ErrReplayed:`rawexposure\(wrapped sentinel\)`
	ErrExpiredCode = errors.New("code expired")              // want ErrExpiredCode:`rawexposure\(wrapped sentinel\)`
	ErrThrottled   = errors.New("too many codes, slow down") // want ErrThrottled:`rawexposure\(wrapped sentinel\)`
)

var wrappedByCode = map[int]error{
	9002: ErrReplayed,
	9004: ErrExpiredCode,
}

const verifyURL = "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

type verifyReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// VerifyError is the vendor's answer as an error.
type VerifyError struct {
	Code   int
	Detail string // want Detail:"raw errorMessage"
}

func (e *VerifyError) Error() string { return fmt.Sprintf("otp %d: %s", e.Code, e.Detail) } // want Error:"raw errorMessage"

// Is makes errors.Is(err, ErrCodeRejected) true for the rejection codes.
func (e *VerifyError) Is(target error) bool {
	return target == ErrCodeRejected && (e.Code == 9003 || e.Code == 9030)
}

// Gate calls SurePassID.
type Gate struct {
	HTTP *http.Client
}

// Verify checks otp for user.
func (g *Gate) Verify(ctx context.Context, user, otp string) error { // want Verify:"raw errorMessage"
	q := url.Values{"type": {"validate_otp"}, "userName": {user}, "otp": {otp}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, verifyURL+"?"+q.Encode(), nil)
	if err != nil {
		return ErrUnavailable
	}
	res, err := g.HTTP.Do(req)
	if err != nil {
		return ErrUnavailable
	}
	defer res.Body.Close()
	var r verifyReply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return ErrUnavailable
	}
	if r.ErrorCode == 0 {
		return nil
	}
	if base, ok := wrappedByCode[r.ErrorCode]; ok {
		return fmt.Errorf("%w: %s", base, r.ErrorMessage)
	}
	if r.ErrorCode == 9040 {
		return errors.Join(throttled(), errors.New(r.ErrorMessage))
	}
	return &VerifyError{Code: r.ErrorCode, Detail: r.ErrorMessage}
}

func throttled() error { return ErrThrottled }
