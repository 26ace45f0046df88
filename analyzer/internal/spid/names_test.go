package spid

import (
	"strings"
	"testing"

	"github.com/surepasslint/surepasslint/codes"
)

func TestLookupConventions(t *testing.T) {
	for _, c := range []struct {
		typeName, constName string
		want                codes.ReturnCode
		ok                  bool
	}{
		{"", "OTPInvalid", codes.OTPInvalid, true},
		{"", "OTP_INVALID", codes.OTPInvalid, true},
		{"", "otp_invalid", codes.OTPInvalid, true},
		{"", "SP_OTP_INVALID", codes.OTPInvalid, true},
		{"", "RC_OTP_INVALID", codes.OTPInvalid, true},
		{"", "ERR_BOGUS_OTP", codes.BogusOTP, true},
		{"", "ErrBogusOTP", codes.BogusOTP, true},
		{"", "errBogusOTP", codes.BogusOTP, true},
		{"Code", "CodeOTPInvalid", codes.OTPInvalid, true},
		{"ReturnCode", "ReturnCode_RC_OTP_INVALID", codes.OTPInvalid, true},
		{"Reply_Code", "Reply_PARTNER_LOGIN_FAILED", codes.PartnerLoginFailed, true},
		{"ReturnCode", "ReturnCode_RC_SUCCESS", codes.Success, true},
		{"AuthStatus", "AuthStatus_AUTH_STATUS_OTP_INVALID", codes.OTPInvalid, true},
		{"Reply_ResultCode", "Reply_RESULT_CODE_DEVICE_NOT_FOUND", codes.DeviceNotFound, true},
		{"AuthStatus", "AuthStatus_AUTH_STATUS_UNSPECIFIED", 0, false},
		{"AuthStatus", "AuthStatus_AUTH_STATUS", 0, false},
		{"", "HTTP_PORT", 0, false},
		{"", "SP_OTP_REPLAYED", 0, false},
		{"", "MAX_FAILED_OTP", 0, false},
	} {
		got, ok := Lookup(c.typeName, c.constName)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("Lookup(%q, %q) = %v, %v; want %v, %v", c.typeName, c.constName, got, ok, c.want, c.ok)
		}
	}
}

func TestLooselyNamed(t *testing.T) {
	for _, c := range []struct {
		name string
		code codes.ReturnCode
		want bool
	}{
		{"errOtpReplayed", codes.OTPAlreadyUsed, true},
		{"errDbError", codes.DatabaseError, true},
		{"errDeviceDisabled", codes.DeviceDiabled, true},
		{"ERR_LOGIN_FAILED", codes.PartnerUserLoginFailed, true},
		{"codeOK", codes.Success, true},
		{"errLockedOut", codes.MaximumLoginPartnerUserAttempsExceeded, true}, // a team's word for the code (teamWords)
		{"codeReplayed", codes.OTPAlreadyUsed, true},
		{"codeWrong", codes.OTPInvalid, true},
		{"codeWrong", codes.DeviceInvalid, false},
		{"spReusedOTP", codes.OTPAlreadyUsed, true},
		{"errLockedOut", codes.OTPInvalid, false},
		{"codeReplayed", codes.OTPInvalid, false},
		{"portReplica", codes.OTPAlreadyUsed, false},
		{"cardlineCardExpired", codes.OTPInvalid, false},
		{"cardlineDeclined", codes.PartnerUserLoginFailed, false},
		{"errInvalid", codes.OTPInvalid, false}, // weak words only
	} {
		if got := looselyNamed(c.name, c.code); got != c.want {
			t.Errorf("looselyNamed(%q, %v) = %v; want %v (words %q)", c.name, c.code, got, c.want, strongWords(c.name))
		}
	}
}

func TestNameWords(t *testing.T) {
	for in, want := range map[string]string{
		"errOtpReplayed":      "err otp replayed",
		"OTPAlreadyUsed":      "otp already used",
		"SP_OTP_INVALID":      "sp otp invalid",
		"cardline3DSRequired": "cardline 3 ds required",
	} {
		if got := strings.Join(nameWords(in), " "); got != want {
			t.Errorf("nameWords(%q) = %q; want %q", in, got, want)
		}
	}
}
