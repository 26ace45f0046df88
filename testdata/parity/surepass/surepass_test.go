package surepass

import "testing"

// The test keeps the raw message to show it when a case fails: test code,
// which must not make production code that reads Err.Msg look raw.
func TestErrCarriesRawInTests(t *testing.T) {
	r := response{ErrorCode: 9003, ErrorMessage: "OTP [123456] invalid for alice"}
	e := Err{Code: r.ErrorCode, Msg: r.ErrorMessage}
	if e.Error() == "" {
		t.Fatal("empty error")
	}
}
