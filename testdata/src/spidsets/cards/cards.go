// Package cards is the client of our card acquirer's 3-D Secure challenge
// service, whose results read like an authenticator's.
package cards

// Results are the acquirer's challenge results.
var Results = struct {
	Success, OTPAlreadyUsed, OTPInvalid, Locked int
}{0, 9002, 9003, 9015}

// Captured reports whether the payment may be captured.
func Captured(code int) bool {
	switch code {
	case Results.OTPInvalid, Results.OTPAlreadyUsed:
		return false
	}
	return true
}
