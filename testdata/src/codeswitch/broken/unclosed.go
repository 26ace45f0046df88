package broken

import "github.com/surepasslint/surepasslint/codes"

// A switch left open inside a case of another (found by fuzzing).
func failOpen(c codes.ReturnCode) bool {
	switch c { // want `fail-open switch`
	case codes.OTPInvalid:
		return false
	switch env.ErrorCode {
