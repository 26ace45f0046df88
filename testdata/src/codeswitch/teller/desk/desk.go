// Package desk answers the branch tellers' step-up prompts through the
// generated OTP service client.
package desk

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"codeswitch/teller/otppb"
)

var (
	errResend  = errors.New("could not send a new code")
	errLocked  = errors.New("too many attempts")
	errDenied  = errors.New("step-up refused")
	errNoToken = errors.New("no hardware token")
)

// Desk holds the OTP service client.
type Desk struct{ otp otppb.OtpServiceClient }

type stepUp struct {
	Granted bool   `json:"granted"`
	Hint    string `json:"hint,omitempty"`
}

// Verify grants every code it does not list.
func (d *Desk) Verify(w http.ResponseWriter, r *http.Request) {
	resp, err := d.otp.VerifyOtp(r.Context(), &otppb.VerifyOtpRequest{User: r.FormValue("user"), Otp: r.FormValue("otp")})
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	var out stepUp
	switch resp.GetErrorCode() { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall into a default that does not fail closed`
	case otppb.VerifyResult_VERIFY_RESULT_OTP_INVALID, otppb.VerifyResult_VERIFY_RESULT_BOGUS_OTP:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	case otppb.VerifyResult_VERIFY_RESULT_PARTNER_USER_LOGIN_DISABLED:
		http.Error(w, "account disabled", http.StatusForbidden)
		return
	default:
		out.Granted = true
	}
	_ = json.NewEncoder(w).Encode(out)
}

// VerifyStrict grants Success alone: not reported.
func (d *Desk) VerifyStrict(ctx context.Context, user, otp string) error {
	resp, err := d.otp.VerifyOtp(ctx, &otppb.VerifyOtpRequest{User: user, Otp: otp})
	if err != nil {
		return err
	}
	switch resp.GetErrorCode() {
	case otppb.VerifyResult_VERIFY_RESULT_SUCCESS:
		return nil
	case otppb.VerifyResult_VERIFY_RESULT_MAXIMUM_FAILED_OTP_REQUESTS_EXCEEDED:
		return errLocked
	default:
		return errDenied
	}
}

// Resend compares the plain int32 code, declared in the if, with
// conversions of the enum's constants.
func (d *Desk) Resend(ctx context.Context, user string) (bool, error) {
	resp, err := d.otp.SendOtp(ctx, &otppb.SendOtpRequest{User: user})
	if err != nil {
		return false, err
	}
	if st := resp.GetErrorCode(); st == int32(otppb.VerifyResult_VERIFY_RESULT_SMS_SEND_ERROR) || st == int32(otppb.VerifyResult_VERIFY_RESULT_SEND_OTP_EXPIRED) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return false, errResend
	} else if st == int32(otppb.VerifyResult_VERIFY_RESULT_MAXIMUM_FAILED_OTP_REQUESTS_EXCEEDED) {
		return false, errLocked
	}
	return true, nil
}

// ResendStrict ends its chain with a catch-all: not reported.
func (d *Desk) ResendStrict(ctx context.Context, user string) error {
	resp, err := d.otp.SendOtp(ctx, &otppb.SendOtpRequest{User: user})
	if err != nil {
		return err
	}
	if st := resp.GetErrorCode(); st == int32(otppb.VerifyResult_VERIFY_RESULT_SMS_SEND_ERROR) {
		return errResend
	} else if st != int32(otppb.VerifyResult_VERIFY_RESULT_SUCCESS) {
		return errDenied
	}
	return nil
}

// HasToken reads the nested enum of ChallengeReply.
func (d *Desk) HasToken(ctx context.Context, user string) error {
	rep, err := d.otp.Challenge(ctx, &otppb.SendOtpRequest{User: user})
	if err != nil {
		return err
	}
	if rep.GetResult() == otppb.ChallengeReply_RESULT_CODE_DEVICE_NOT_FOUND { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return errNoToken
	}
	return nil
}

// Cooldown is not an OTP result: an int32 status beside an unrelated
// count, compared with conversions of its own constants.
type Cooldown int32

const (
	CooldownNone  Cooldown = 0
	CooldownShort Cooldown = 9003
	CooldownLong  Cooldown = 9015
)

// Wait keys on a status that is no return code: not reported.
func Wait(status int32) error {
	if s := status; s == int32(CooldownShort) {
		return errResend
	} else if s == int32(CooldownLong) {
		return errLocked
	}
	return nil
}
