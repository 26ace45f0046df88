package web

import (
	"testing"

	"example.com/otpvendor"
)

func TestAdmitRejectsReplays(t *testing.T) {
	if admit(&otpvendor.Response{ErrorCode: 9002}) == nil {
		t.Fatal("a replayed OTP was admitted")
	}
}
