package audit

import (
	"testing"

	"example.com/kiosk/gateway"
)

func TestRecord(t *testing.T) {
	Record("alice", &gateway.Answer{Verdict: 9003, Reason: "OTP invalid"})
}
