package codes_test

import (
	"encoding/json"
	"testing"

	"github.com/surepasslint/surepasslint/codes"
)

func TestPublishedList(t *testing.T) {
	all := codes.All()
	if len(all) != 109 {
		t.Fatalf("All() has %d codes, want 109 (Success and 108 failures)", len(all))
	}
	if all[0] != codes.Success || int(all[0]) != 0 {
		t.Errorf("All()[0] = %v, want Success = 0", all[0])
	}
	prev := codes.ReturnCode(8999)
	for _, c := range all[1:] {
		if c <= prev || c < 9000 || c > 9108 || c == 9024 {
			t.Errorf("unexpected order or value %d after %d", c, prev)
		}
		prev = c
	}
	// Published misspellings are kept so users can grep for them.
	for name, want := range map[string]codes.ReturnCode{
		"DeviceDiabled":                          codes.DeviceDiabled,
		"PartnerUserLoginAttepmtedOTPByPass":     codes.PartnerUserLoginAttepmtedOTPByPass,
		"MaximumLoginPartnerAttempsExceeded":     codes.MaximumLoginPartnerAttempsExceeded,
		"UpdateTransactionApprovalCodeMissmatch": codes.UpdateTransactionApprovalCodeMissmatch,
		"SystemKeyProviderEnpointNotSet":         codes.SystemKeyProviderEnpointNotSet,
		"OTPInvalid":                             9003,
		"SessionTokenDeleteFailed":               9108,
	} {
		got, ok := codes.Lookup(name)
		if !ok || got != want {
			t.Errorf("Lookup(%q) = %v, %v; want %d", name, got, ok, want)
		}
		if got.String() != name {
			t.Errorf("%d.String() = %q, want %q", got, got.String(), name)
		}
	}
	if _, ok := codes.Lookup("otpinvalid"); ok {
		t.Error("Lookup is case-sensitive: otpinvalid must not match")
	}
}

func TestUnpublishedCodesPrintAsNumbers(t *testing.T) {
	for _, c := range []codes.ReturnCode{9024, 9109, -1, 1, 8999} {
		if c.Known() {
			t.Errorf("%d.Known() = true", c)
		}
		if got, want := c.String(), jsonInt(int(c)); got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
		if !c.SecurityRelevant() || codes.UserMessage(c) != codes.GenericMessage || c.Category() != codes.CategoryUnknown {
			t.Errorf("unpublished %d must fail closed: generic message, security-relevant, unknown category", c)
		}
	}
}

func jsonInt(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestClassification(t *testing.T) {
	mustBeSecurityRelevant := []codes.ReturnCode{
		codes.PartnerLoginFailed, codes.PartnerUserLoginFailed, codes.OTPAlreadyUsed, codes.OTPInvalid,
		codes.PartnerUserLoginDisabled, codes.MaximumFailedOTPRequestsExceeded, codes.BogusOTP,
		codes.AccountExpired, codes.DeviceNotFound, codes.DatabaseError,
		codes.PartnerUserLoginAttepmtedOTPByPass, codes.MaximumLoginPartnerUserAttempsExceeded,
		codes.SessionTokenInvalid, codes.PartnerUserLoginFailedPasswordExpired,
	}
	for _, c := range mustBeSecurityRelevant {
		if !c.SecurityRelevant() {
			t.Errorf("%v must be security-relevant", c)
		}
		if codes.UserMessage(c) != codes.GenericMessage {
			t.Errorf("UserMessage(%v) must be the generic message", c)
		}
	}
	for _, c := range []codes.ReturnCode{codes.SMSSendError, codes.EmailSendError, codes.Success} {
		if c.SecurityRelevant() {
			t.Errorf("%v must not be security-relevant", c)
		}
	}
	for _, c := range codes.All() {
		if c.Rationale() == "" {
			t.Errorf("%v has no rationale", c)
		}
		if c.Category() == codes.CategoryUnknown || c.Category().String() == "" {
			t.Errorf("%v has no category", c)
		}
		msg := codes.UserMessage(c)
		if msg == "" {
			t.Errorf("%v has an empty user message", c)
		}
		if !c.SecurityRelevant() && msg == codes.GenericMessage {
			t.Errorf("%v is not security-relevant but shows the generic message", c)
		}
	}
	if codes.Success.Category() != codes.CategorySuccess || codes.BogusOTP.Category() != codes.CategoryOTP {
		t.Error("categories do not match classification.tsv")
	}
}

// The documented example responses from SurePassID's API pages.
func TestEnvelopeDecodesDocumentedResponses(t *testing.T) {
	for _, tc := range []struct {
		body   string
		code   codes.ReturnCode
		typ    string
		failed bool
	}{
		{`{ "type": "send_oath_otp", "errorCode": 0, "errorMessage": "OK" }`, codes.Success, "send_oath_otp", false},
		{`{ "errorCode": 9003, "errorMessage": "OTP [EVENT] [TSFT-001242] FAILED - [123456] outside window [size=30] or invalid. ", "type": "validate_oath_otp" }`, codes.OTPInvalid, "validate_oath_otp", true},
		{`{ "errorCode": 9001, "errorMessage": "User login failure [Mandy]", "type": "validate_user" }`, codes.PartnerUserLoginFailed, "validate_user", true},
	} {
		var resp struct {
			codes.Envelope
			Devices []struct {
				PSN string `json:"psn"`
			}
		}
		if err := json.Unmarshal([]byte(tc.body), &resp); err != nil {
			t.Fatal(err)
		}
		if resp.ErrorCode != tc.code || resp.Type != tc.typ || resp.Failed() != tc.failed || resp.ErrorMessage == "" {
			t.Errorf("%s decoded as %+v", tc.body, resp.Envelope)
		}
		if resp.Failed() && resp.UserMessage() != codes.GenericMessage {
			t.Errorf("UserMessage for %v leaks detail: %q", resp.ErrorCode, resp.UserMessage())
		}
	}
}

// UserCode is to a code field what UserMessage is to a message field: the
// security-relevant and unknown codes all become GenericCode, the others
// stay themselves.
func TestUserCode(t *testing.T) {
	if codes.GenericCode.Known() || codes.GenericCode == codes.Success {
		t.Fatalf("GenericCode %d must be neither published nor Success", codes.GenericCode)
	}
	for _, c := range codes.All() {
		got := codes.UserCode(c)
		switch {
		case c.SecurityRelevant() && got != codes.GenericCode:
			t.Errorf("UserCode(%v) = %v, want GenericCode", c, got)
		case !c.SecurityRelevant() && got != c:
			t.Errorf("UserCode(%v) = %v, want the code itself", c, got)
		}
		if (got == codes.GenericCode) != (codes.UserMessage(c) == codes.GenericMessage) {
			t.Errorf("UserCode and UserMessage disagree about %v", c)
		}
	}
	for _, c := range []codes.ReturnCode{9024, 9109, -1, 1, 8999, codes.GenericCode} {
		if got := codes.UserCode(c); got != codes.GenericCode {
			t.Errorf("unpublished %d: UserCode = %v, want GenericCode", c, got)
		}
	}
	if codes.UserCode(codes.Success) != codes.Success || codes.UserCode(codes.SMSSendError) != codes.SMSSendError {
		t.Error("Success and SMSSendError must pass through UserCode")
	}
	if codes.UserCode(codes.OTPInvalid) != codes.UserCode(codes.PartnerUserLoginDisabled) {
		t.Error("OTPInvalid and PartnerUserLoginDisabled must look the same to a user")
	}
}
